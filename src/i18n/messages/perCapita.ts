// Messages of the ranking's per-capita measures (per 100 members, per 10,000 residents) and of the
// note on totals across levels. Chinese first; `en` has every key.

export const perCapitaZh = {
  perLabel: '口径',
  perNone: '总量',
  perMembers: '每百名委员',
  perResidents: '每万名常住居民',
  perNameMembers: '{indicator}（每百名委员）',
  perNameResidents: '{indicator}（每万名常住居民）',
  perUnitMembers: '{unit}/百名委员',
  perUnitResidents: '{unit}/万人',
  perNoteMembers:
    '每百名委员 = {indicator} ÷ 委员人数 × 100，取同一年份的数字。“≥”（至少）的数字除以确切的委员人数仍为“≥”；委员人数为“≥”或任一数字为“≈”时，结果为“≈”。',
  perNoteResidents:
    '每万名常住居民 = {indicator} ÷ 常住人口（万人），取同一年份的数字。“≥”（至少）的数字除以确切的人口仍为“≥”；人口为“≥”或任一数字为“≈”时，结果为“≈”。',
  perWithoutBaseMembers: '{names}缺少同一年份的委员人数，未折算、不参与排名。',
  perWithoutBaseResidents: '{names}缺少同一年份的常住人口，未折算、不参与排名。',
  perNoRankChange: '折算后的排名不与往年比较。',
  sizeNote:
    '总量大小主要反映各地规模；在“数据”页上传“委员人数”或“常住人口”后，可按每百名委员或每万名常住居民比较。',
  // the note on paper, in images and embeds: the statement without the instruction
  exportSizeNote: '总量大小主要反映各地规模。',
  levelGroupsNote: '各地区层级不同，名次按全部地区统一排出、不分层级（{groups}）。',
  levelGroupSep: '；',
};

export const perCapitaEn: Record<keyof typeof perCapitaZh, string> = {
  perLabel: 'Measure',
  perNone: 'Totals',
  perMembers: 'Per 100 members',
  perResidents: 'Per 10,000 residents',
  perNameMembers: '{indicator} per 100 members',
  perNameResidents: '{indicator} per 10,000 residents',
  perUnitMembers: '{unit} per 100 members',
  perUnitResidents: '{unit} per 10,000 residents',
  perNoteMembers:
    'Per 100 members = {indicator} ÷ CPPCC members × 100, both of the same year. An “at least” (≥) figure divided by an exact membership stays “at least”; a membership given as “at least”, or any approximate figure (≈), makes the result approximate.',
  perNoteResidents:
    'Per 10,000 residents = {indicator} ÷ resident population (in 10,000s), both of the same year. An “at least” (≥) figure divided by an exact population stays “at least”; a population given as “at least”, or any approximate figure (≈), makes the result approximate.',
  perWithoutBaseMembers: '{names}: no CPPCC membership for the same year, so not converted or ranked.',
  perWithoutBaseResidents: '{names}: no resident population for the same year, so not converted or ranked.',
  perNoRankChange: 'Converted ranks are not compared with earlier years.',
  sizeNote:
    'Totals mostly reflect each body’s size; upload “CPPCC members” or “Resident population” on the Data tab to compare per 100 members or per 10,000 residents.',
  exportSizeNote: 'Totals mostly reflect each body’s size.',
  levelGroupsNote:
    'The bodies are of different levels, and one rank runs across all of them, not one per level ({groups}).',
  levelGroupSep: '; ',
};
