// Published datasets: the header's data-source badge, problems with the site's files, 发布.
export const publishedZh = {
  sourceBundled: '内置数据',
  sourceBundledTitle: '随应用发布的内置数据。',
  sourcePublished: '已发布（{date}）',
  sourcePublishedOlder: '已发布（{date}，较早版本）',
  sourcePublishedTitle: '本站发布的数据：{title}。所有读者看到的都是这一版本。',
  sourceDraft: '本地草稿',
  sourceDraftTitle: '在本浏览器中提交的数据，只保存在这台电脑上；其他人看不到，发布后才对所有人可见。',
  publishedProblem: '已发布的数据文件 {file} 无法使用：{reason}（{detail}）。',
  publishedFallbackOlder: '现显示较早发布的版本（{date}）。',
  publishedFallbackBundled: '现显示内置数据。',
  publishedReasonUnreachable: '无法访问',
  publishedReasonTimeout: '请求超时',
  publishedReasonMalformed: '格式不正确',
  publishedReasonMissing: '文件不存在',
  publishedReasonTruncated: '文件不完整',
  publishedReasonHashMismatch: '文件内容与清单中的哈希值不符',
  publishedReasonUnreadable: '无法读取数据',
  publishTitle: '发布给所有读者',
  publishHelp:
    '在本浏览器中提交的数据是草稿，只有这台电脑能看到。“发布”会生成一个压缩包（数据文件、更新后的清单和首屏快照），由网站管理员复制到网站的 datasets 文件夹后，所有读者都会看到这一版本。',
  publishVersionTitle: '版本标题',
  publishComment: '说明',
  publishButton: '发布',
  publishPreparing: '正在生成发布包…',
  publishDone:
    '已生成 {file}。请交给网站管理员：把其中的 datasets 文件夹复制到 index.html 所在的文件夹，最后覆盖 manifest.json。',
  publishManifestUnreadable: '无法读取网站现有的 {file}（{detail}），为免覆盖已发布的版本，暂不能发布。',
  publishFailed: '发布包生成失败：{reason}',
} as const;

export const publishedEn: Record<keyof typeof publishedZh, string> = {
  sourceBundled: 'Bundled data',
  sourceBundledTitle: 'The data that ships with the app.',
  sourcePublished: 'Published ({date})',
  sourcePublishedOlder: 'Published ({date}, an older version)',
  sourcePublishedTitle: 'Data published on this site: {title}. Every reader sees this version.',
  sourceDraft: 'Local draft',
  sourceDraftTitle:
    'Data committed in this browser, kept on this computer only; nobody else sees it until it is published.',
  publishedProblem: 'The published data file {file} cannot be used: {reason} ({detail}).',
  publishedFallbackOlder: 'Showing an older published version ({date}) instead.',
  publishedFallbackBundled: 'Showing the bundled data instead.',
  publishedReasonUnreachable: 'it cannot be reached',
  publishedReasonTimeout: 'the request timed out',
  publishedReasonMalformed: 'it is not in the expected format',
  publishedReasonMissing: 'the file does not exist',
  publishedReasonTruncated: 'the file is incomplete',
  publishedReasonHashMismatch: 'its content does not match the hash in the manifest',
  publishedReasonUnreadable: 'its data cannot be read',
  publishTitle: 'Publish to every reader',
  publishHelp:
    'Data committed in this browser is a draft that only this computer sees. Publish makes one archive (the data file, the updated manifest and the first-view snapshot); once the site administrator copies it into the site’s datasets folder, every reader sees this version.',
  publishVersionTitle: 'Version title',
  publishComment: 'Comment',
  publishButton: 'Publish',
  publishPreparing: 'Preparing the archive…',
  publishDone:
    'Saved {file}. Give it to the site administrator: copy its datasets folder into the folder that holds index.html, manifest.json last.',
  publishManifestUnreadable:
    'The site’s {file} cannot be read ({detail}); publishing now could overwrite the published versions, so it is not offered.',
  publishFailed: 'The archive could not be made: {reason}',
};
