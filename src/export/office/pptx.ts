// PowerPoint export (lazy-loaded with pptxgenjs): one 16:9 slide per chart image, with the title,
// subtitle, caption (the summary), source and data version as editable text boxes; the summary is
// also the picture's alt text, and the notes and the citation go to the speaker notes.
import PptxGenJS from 'pptxgenjs';
import { translate } from '../../i18n/messages';
import { fitInside, inchesOf, titleOfImage, type OfficeChart } from './officeChart';

/** PowerPoint's default wide slide, in inches. */
export const SLIDE = { width: 13.333, height: 7.5 } as const;
const M = 0.45;
const IMAGE_BOX = { x: M, y: 1.35, width: SLIDE.width - 2 * M, height: 4.55 };

const FONT = { zh: 'Microsoft YaHei', en: 'Calibri' } as const;

function addChartSlides(pptx: PptxGenJS, chart: OfficeChart): void {
  const face = FONT[chart.lang];
  chart.images.forEach((image, i) => {
    const slide = pptx.addSlide();
    const title = titleOfImage(chart, i);
    slide.addText(title, {
      x: M,
      y: 0.3,
      w: SLIDE.width - 2 * M,
      h: 0.6,
      fontFace: face,
      fontSize: 24,
      bold: true,
      color: '1D2129',
      fit: 'shrink',
    });
    if (chart.subtitle) {
      slide.addText(chart.subtitle, {
        x: M,
        y: 0.88,
        w: SLIDE.width - 2 * M,
        h: 0.4,
        fontFace: face,
        fontSize: 13,
        color: '5C6370',
      });
    }
    const size = fitInside(inchesOf(image), IMAGE_BOX.width, IMAGE_BOX.height);
    slide.addImage({
      data: `image/png;base64,${base64(image.png)}`,
      x: IMAGE_BOX.x + (IMAGE_BOX.width - size.width) / 2,
      y: IMAGE_BOX.y,
      w: size.width,
      h: size.height,
      altText: chart.summary,
    });
    const footer: PptxGenJS.TextProps[] = [
      ...(chart.summary
        ? [{ text: chart.summary, options: { fontSize: 12, color: '1D2129', breakLine: true } }]
        : []),
      { text: chart.sourceLine, options: { fontSize: 9, color: '5C6370', breakLine: true } },
      { text: chart.versionLine, options: { fontSize: 9, color: '868C96' } },
    ];
    slide.addText(footer, {
      x: M,
      y: IMAGE_BOX.y + IMAGE_BOX.height + 0.1,
      w: SLIDE.width - 2 * M,
      h: SLIDE.height - (IMAGE_BOX.y + IMAGE_BOX.height + 0.1) - 0.2,
      fontFace: face,
      valign: 'top',
      fit: 'shrink',
    });
    slide.addNotes([...chart.notes, chart.citeLine].join('\n'));
  });
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** A presentation with one slide per chart image. */
export async function chartsPptx(charts: readonly OfficeChart[]): Promise<Uint8Array> {
  const lang = charts[0]?.lang ?? 'zh';
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = translate(lang, 'appTitle');
  pptx.title = charts.length === 1 ? charts[0]!.title : translate(lang, 'briefingPack');
  for (const chart of charts) addChartSlides(pptx, chart);
  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new Error('pptx writer returned no bytes');
  return out;
}
