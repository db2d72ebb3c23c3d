// Messages for the upload checks added with issue #12 (quoting, percent, totals, workbooks, fixed
// year/place, two tabs). Chinese first; `en` must have every key `zh` has.

export const uploadRulesZh = {
  problemUnclosedQuote:
    '引号从这里（文件第{line}行）开始，却没有闭合；本行未导入。后面的各行照常逐行读取，不会被这个引号吞掉。',
  problemTextAfterQuote: '引号闭合后还有文字（“{value}”）；已按原样（含引号）读取这个单元格，请核对。',
  problemPercentNotAllowed:
    '“{value}”带百分号，但“{indicator}”以“{unit}”计，不是百分比；该值未导入。请填写数量，或改用百分比指标。',
  problemTotalRow: '这是“{value}”行，不是一个地区；已跳过，不作为数据导入。',
  problemTotalMismatch:
    '这是“{value}”行，已跳过；但其“{indicator}”{total}与上面各行之和{sum}不一致，请核对表中数字。',
  problemNoData: '“{value}”表示没有数据；本行不导入（无数据不记为 0）。',
  problemMissingYear:
    '找不到“年份”列。请在“列映射”中指定年份列，或在“整个文件的年份”中填写年份（例如标题中写的年份）。',
  problemFixedYearRange:
    '“整个文件的年份”填写的是{value}，不在 {min}–{max} 之间；文件未导入。请在“列映射”中改正年份。',
  problemMissingPlace: '找不到“地区”列。请在“列映射”中指定地区列，或在“整个文件的地区”中选择地区。',
  problemFixedJurisdictionConflict: '本文件已设定地区为“{fixed}”，但本行的地区是“{value}”；该行未导入。',
  problemYearNotEnded: '{year}年尚未结束，这个数字可能还会变化；已导入，请在年度结束后核实。',
  problemFixedYearConflict: '本文件已设定年份为{fixed}，但本行的年份是“{value}”；该行未导入。',
  problemWorkbook:
    'Excel 工作簿无法读取（文件可能已损坏、加密或不是工作簿）。请在 Excel/WPS 中打开后重新保存再上传。',
  problemWorkbookEmpty: '工作表“{sheet}”是空的。请在“工作表”中选择含数据的那一张。',
  problemHiddenRow: '这一行在 Excel 中是隐藏的；已照常导入，请确认它应当计入。',
  problemHiddenSheet: '工作表“{sheet}”在 Excel 中是隐藏的；请确认选对了工作表。',
  problemParquetCorrupt: 'Parquet 文件无法读取：文件不完整或已损坏。请重新导出后上传。',
  problemParquetUnsupported:
    'Parquet 文件无法读取：用了本工具不支持的压缩或编码。请导出为 CSV UTF-8 后上传。',
  problemKindUnclosedQuote: '引号没有闭合',
  problemKindTextAfterQuote: '引号后还有文字',
  problemKindPercentNotAllowed: '百分号用在非百分比指标',
  problemKindTotalRow: '合计行',
  problemKindYearNotEnded: '年度尚未结束',
  problemKindUnreadableWorkbook: '工作簿无法读取',
  problemKindHidden: '隐藏的行或工作表',
  problemKindFixedConflict: '与整个文件的设定不符',
  uploadFixedYear: '整个文件的年份',
  uploadFixedYearNone: '（按列读取）',
  uploadFixedYearFromTitle: '标题中写的是 {year} 年',
  uploadFixedJurisdiction: '整个文件的地区',
  uploadFixedJurisdictionNone: '（按列读取）',
  uploadSheet: '工作表',
  uploadSheetHidden: '{sheet}（隐藏）',
  uploadStaleRefused:
    '另一个标签页在你准备这次提交时已提交了新数据（现在用的是 {version}）。为了不覆盖它，这次提交没有执行；下面是按最新数据重新计算的预览，请核对后再提交。',
  uploadBundledData: '内置数据',
  exportDatasetSelf: '下载数据包（含目录，可在别处完整导入）',
  problemCatalogConflict:
    '数据包中的目录条目“{id}”与本机已有的不同（本机为“{existing}”，数据包为“{value}”）；保留本机已有的，未改动。如需改用数据包的，请先在本机删除或改名后再导入。',
  problemKindCatalogConflict: '目录条目与本机不同',
  uploadOtherTabCommitted:
    '另一个标签页于 {time} 提交了“{version}”（共 {total} 条数据）；本页已刷新为这个版本。',
  uploadOtherTabSwitched: '另一个标签页于 {time} 把数据切换为 {version}；本页已刷新为这个版本。',
  uploadOtherTabReviewed: '另一个标签页改动了数据：正在上传的文件已按新数据重新计算预览，请核对后再提交。',
  packageAboutTitle: '履职对比 · 数据包',
  packageAboutBody:
    '本工作簿含观测数据（observations）及其所需的全部目录：地区（jurisdictions）、指标（indicators）、类别（categories）、来源（sources）。每张工作表第一行是列名。可在 Excel/WPS 中查看；在任何浏览器的“数据”页上传本文件，即可连同目录完整导入。',
  packageAboutVersion: '数据版本：{version}；导出时间：{time}',
  packageCellTooLong:
    '无法生成数据包：“{table}”表第{row}行“{column}”列有{length}个字符，超过 Excel 单元格上限（32767 个字符），写入会截断。请改用 CSV 或 Parquet 下载。',
} as const;

export const uploadRulesEn: Record<keyof typeof uploadRulesZh, string> = {
  problemUnclosedQuote:
    'a quote opens here (line {line} of the file) and is never closed; this row is not imported. The rows after it are read line by line as usual, not swallowed by the quote.',
  problemTextAfterQuote:
    'there is text after the closing quote (“{value}”); the cell was read as written, quotes included — please check it.',
  problemPercentNotAllowed:
    '“{value}” has a percent sign, but “{indicator}” is counted in {unit}, not a percentage; the value is not imported. Enter the count, or use a percentage indicator.',
  problemTotalRow: 'this is a “{value}” row, not a place; it was skipped and not imported as data.',
  problemTotalMismatch:
    'this is a “{value}” row and was skipped, but its “{indicator}” {total} differs from the sum of the rows above, {sum}; please check the table.',
  problemNoData: '“{value}” means no figure; this row is not imported (no data is never counted as 0).',
  problemMissingYear:
    'There is no “year” column. Choose the year column under “Column mapping”, or enter the year for the whole file (for example the year in the title).',
  problemFixedYearRange:
    'The year for the whole file is {value}, which is not between {min} and {max}; nothing was imported. Correct the year under “Column mapping”.',
  problemMissingPlace:
    'There is no “place” column. Choose the place column under “Column mapping”, or choose the place for the whole file.',
  problemFixedJurisdictionConflict:
    'the place for the whole file is set to “{fixed}”, but this row says “{value}”; the row is not imported.',
  problemYearNotEnded:
    '{year} has not ended yet, so this figure may still change; it was imported — check it once the year is over.',
  problemFixedYearConflict:
    'the year for the whole file is set to {fixed}, but this row says “{value}”; the row is not imported.',
  problemWorkbook:
    'The Excel workbook cannot be read (it may be damaged, encrypted or not a workbook). Open it in Excel/WPS, save it again and upload it.',
  problemWorkbookEmpty: 'The sheet “{sheet}” is empty. Choose the sheet that holds the data under “Sheet”.',
  problemHiddenRow: 'this row is hidden in Excel; it was imported as usual — make sure it should count.',
  problemHiddenSheet: 'the sheet “{sheet}” is hidden in Excel; make sure it is the right sheet.',
  problemParquetCorrupt:
    'The Parquet file cannot be read: it is incomplete or damaged. Export it again and upload it.',
  problemParquetUnsupported:
    'The Parquet file cannot be read: it uses a compression or encoding this tool does not support. Export it as CSV UTF-8 and upload that.',
  problemKindUnclosedQuote: 'unclosed quote',
  problemKindTextAfterQuote: 'text after a quote',
  problemKindPercentNotAllowed: 'percent sign on a count',
  problemKindTotalRow: 'total rows',
  problemKindYearNotEnded: 'year not yet ended',
  problemKindUnreadableWorkbook: 'unreadable workbook',
  problemKindHidden: 'hidden rows or sheets',
  problemKindFixedConflict: 'differs from the whole-file setting',
  uploadFixedYear: 'Year for the whole file',
  uploadFixedYearNone: '(read from a column)',
  uploadFixedYearFromTitle: 'the title says {year}',
  uploadFixedJurisdiction: 'Place for the whole file',
  uploadFixedJurisdictionNone: '(read from a column)',
  uploadSheet: 'Sheet',
  uploadSheetHidden: '{sheet} (hidden)',
  uploadStaleRefused:
    'Another tab committed new data while you were preparing this commit (now {version}). So as not to overwrite it, this commit was not made; below is the preview recomputed on the latest data — check it and commit again.',
  uploadBundledData: 'the bundled data',
  exportDatasetSelf: 'Download data package (with catalogs, re-imports anywhere complete)',
  problemCatalogConflict:
    'the package’s catalog entry “{id}” differs from the one here (here “{existing}”, in the package “{value}”); the entry here is kept unchanged. To use the package’s, delete or rename the entry here first, then import.',
  problemKindCatalogConflict: 'catalog entry differs from this browser’s',
  uploadOtherTabCommitted:
    'Another tab committed “{version}” at {time} ({total} figures); this page now shows that version.',
  uploadOtherTabSwitched:
    'Another tab switched the data to {version} at {time}; this page now shows that version.',
  uploadOtherTabReviewed:
    'Another tab changed the data: the preview of the file being uploaded was recomputed on it; check it before committing.',
  packageAboutTitle: 'Lüzhi Compare · data package',
  packageAboutBody:
    'This workbook holds the observations and every catalog they need: jurisdictions, indicators, categories and sources. The first row of each sheet names its columns. Open it in Excel or WPS; upload this file on the Data screen of any browser to import it with its catalogs, nothing lost.',
  packageAboutVersion: 'Data version: {version}; exported: {time}',
  packageCellTooLong:
    'The data package cannot be made: “{table}” row {row}, column “{column}” holds {length} characters, more than an Excel cell holds (32,767); it would be cut. Download CSV or Parquet instead.',
};
