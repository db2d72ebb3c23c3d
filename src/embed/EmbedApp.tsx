import { useMemo } from 'react';
import { LangContext, useI18n } from '../i18n/i18nContext';
import { appSearchFor, parseEmbedParams, type ParsedEmbed } from './embedLink';
import { EmbedMessage } from './EmbedMessage';
import { EmbedMatrix } from '../views/matrix/EmbedMatrix';
import { EmbedRanking } from '../views/ranking/EmbedRanking';
import { EmbedTrend } from '../views/trend/EmbedTrend';
import './embed.css';

function EmbedBody({ parsed }: { parsed: ParsedEmbed }) {
  const { t } = useI18n();
  const { state, pin } = parsed;
  const back = appSearchFor(state);
  const problem = parsed.problems[0];
  if (problem)
    return (
      <EmbedMessage text={t('embedBadLink', { param: problem.param, value: problem.value })} back={back} />
    );
  if (pin && state.view === 'trend' && state.indicator !== null && state.jurisdictions !== null)
    return (
      <EmbedTrend
        indicatorId={state.indicator}
        jurisdictions={state.jurisdictions}
        mode={state.trendMode}
        range={{ from: state.from, to: state.to }}
        pin={pin}
        back={back}
      />
    );
  if (pin && state.view === 'matrix' && state.year !== null && state.jurisdictions !== null)
    return (
      <EmbedMatrix
        year={state.year}
        category={state.category}
        jurisdictions={state.jurisdictions}
        pin={pin}
        back={back}
      />
    );
  if (state.view === 'trend' || state.view === 'matrix') {
    const param =
      state.view === 'trend' && state.indicator === null
        ? 'indicator'
        : state.view === 'matrix' && state.year === null
          ? 'year'
          : 'jurisdictions';
    return <EmbedMessage text={t('embedBadLink', { param, value: '' })} back={back} />;
  }
  if (state.view !== 'ranking')
    return <EmbedMessage text={t('embedUnknownView', { value: state.view })} back={back} />;
  if (!pin || state.indicator === null || state.year === null) {
    const param = state.indicator === null ? 'indicator' : 'year';
    return <EmbedMessage text={t('embedBadLink', { param, value: '' })} back={back} />;
  }
  return (
    <EmbedRanking indicatorId={state.indicator} year={state.year} per={state.per} pin={pin} back={back} />
  );
}

/**
 * The page inside an iframe: one chart pinned to the rows it was made from, its title, source line
 * and a link back to the app. Its URL is validated like the app's; a problem is said, never guessed.
 */
export default function EmbedApp() {
  const parsed = useMemo(() => parseEmbedParams(window.location.search), []);
  const lang = parsed.state.lang;
  return (
    <LangContext.Provider value={lang}>
      <div className="embed" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-testid="embed">
        <EmbedBody parsed={parsed} />
      </div>
    </LangContext.Provider>
  );
}
