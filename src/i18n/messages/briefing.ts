// Messages owned by the briefing capability. Chinese first; `en` must have every key `zh` has.

export const briefingZh = {} as const;

export const briefingEn: Record<keyof typeof briefingZh, string> = {};
