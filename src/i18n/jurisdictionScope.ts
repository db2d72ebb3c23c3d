import type { Jurisdiction } from '../data/schema';
import { levelGroup, type LevelGroup } from '../charts/palette';
import type { Lang } from './lang';

const LEVEL_GROUP_NAME: Record<Lang, Record<LevelGroup, string>> = {
  zh: { prefecture_city: '地级市', county_city: '县级市', district: '区', party: '民主党派' },
  en: {
    prefecture_city: 'prefecture-level',
    county_city: 'county-level',
    district: 'district',
    party: 'democratic party',
  },
};

/** The level a body is compared at, in a word or two (地级市 / 县级市 / 区 / 民主党派). */
export function levelGroupName(j: Pick<Jurisdiction, 'level' | 'body'>, lang: Lang): string {
  return LEVEL_GROUP_NAME[lang][levelGroup(j)];
}

const SCOPE: Record<Lang, Record<string, string>> = {
  zh: {
    'prefecture_city/cppcc_committee': '地级市政协',
    'prefecture_city/cppcc_standing_committee': '地级市政协常委会',
    'prefecture_city/party_committee': '民主党派市委',
    'county_city/cppcc_committee': '县级市政协',
    'county_city/cppcc_standing_committee': '县级市政协常委会',
    'county_city/party_committee': '民主党派县级组织',
    'district/cppcc_committee': '区政协',
    'district/cppcc_standing_committee': '区政协常委会',
    'district/party_committee': '民主党派区级组织',
  },
  en: {
    'prefecture_city/cppcc_committee': 'prefecture-level CPPCC',
    'prefecture_city/cppcc_standing_committee': 'prefecture-level CPPCC Standing Committee',
    'prefecture_city/party_committee': 'democratic party city committee',
    'county_city/cppcc_committee': 'county-level CPPCC',
    'county_city/cppcc_standing_committee': 'county-level CPPCC Standing Committee',
    'county_city/party_committee': 'democratic party county committee',
    'district/cppcc_committee': 'district CPPCC',
    'district/cppcc_standing_committee': 'district CPPCC Standing Committee',
    'district/party_committee': 'democratic party district committee',
  },
};

/** Level and body in a few words (地级市政协 / 县级市政协 / 区政协 / 民主党派市委), shown beside names. */
export function jurisdictionScope(j: Pick<Jurisdiction, 'level' | 'body'>, lang: Lang): string {
  return SCOPE[lang][`${j.level}/${j.body}`] ?? '';
}
