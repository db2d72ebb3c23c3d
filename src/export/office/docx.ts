// Word export (lazy-loaded with the docx library): each chart on its own page with its title and
// subtitle as headings, the picture at print size with the summary as alt text, a caption, notes,
// source, data version and a citation, all as editable text.
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { translate } from '../../i18n/messages';
import { fitInside, inchesOf, titleOfImage, type OfficeChart } from './officeChart';

const CSS_PX_PER_INCH = 96;
/** A4 with 2.2 cm margins: the text column and the room a picture may take under its heading. */
const PAGE = { widthIn: 8.27, heightIn: 11.69, marginIn: 2.2 / 2.54 };
const MAX_IMAGE = { width: PAGE.widthIn - 2 * PAGE.marginIn, height: 6.8 };
const twips = (inches: number) => Math.round(inches * 1440);

function chartParagraphs(chart: OfficeChart, first: boolean): Paragraph[] {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(chart.lang, k, v);
  const out: Paragraph[] = [];
  chart.images.forEach((image, i) => {
    const title = titleOfImage(chart, i);
    const size = fitInside(inchesOf(image), MAX_IMAGE.width, MAX_IMAGE.height);
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: !(first && i === 0),
        children: [new TextRun(title)],
      }),
    );
    if (chart.subtitle)
      out.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(chart.subtitle)] }));
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'png',
            data: image.png,
            transformation: {
              width: Math.round(size.width * CSS_PX_PER_INCH),
              height: Math.round(size.height * CSS_PX_PER_INCH),
            },
            altText: { name: title, title, description: chart.summary },
          }),
        ],
      }),
      new Paragraph({ style: 'Caption', children: [new TextRun(t('officeCaption', { title }))] }),
    );
    if (i === 0 && chart.summary) out.push(new Paragraph({ children: [new TextRun(chart.summary)] }));
    if (i === chart.images.length - 1) {
      if (chart.notes.length > 0) {
        out.push(
          new Paragraph({
            style: 'ChartNote',
            children: [new TextRun({ text: t('officeNotes'), bold: true })],
          }),
          ...chart.notes.map(
            (n) => new Paragraph({ style: 'ChartNote', bullet: { level: 0 }, children: [new TextRun(n)] }),
          ),
        );
      }
      out.push(
        new Paragraph({ style: 'ChartSource', children: [new TextRun(chart.sourceLine)] }),
        new Paragraph({ style: 'ChartSource', children: [new TextRun(chart.versionLine)] }),
        new Paragraph({
          style: 'ChartSource',
          children: [new TextRun({ text: chart.citeLine, italics: true })],
        }),
      );
    }
  });
  return out;
}

const FONT = { zh: 'Microsoft YaHei', en: 'Calibri' } as const;

/** A Word document with one chart per page (several images for a chart that continues). */
export async function chartsDocx(charts: readonly OfficeChart[]): Promise<Uint8Array> {
  const lang = charts[0]?.lang ?? 'zh';
  const doc = new Document({
    creator: translate(lang, 'appTitle'),
    title: charts.length === 1 ? charts[0]!.title : translate(lang, 'briefingPack'),
    styles: {
      default: {
        document: { run: { font: { ascii: FONT.en, eastAsia: FONT.zh, hAnsi: FONT.en }, size: 22 } },
      },
      paragraphStyles: [
        {
          id: 'ChartNote',
          name: 'Chart note',
          basedOn: 'Normal',
          run: { size: 18, color: '7A5B00' },
          paragraph: { spacing: { after: 40 } },
        },
        {
          id: 'ChartSource',
          name: 'Chart source',
          basedOn: 'Normal',
          run: { size: 18, color: '5C6370' },
          paragraph: { spacing: { after: 40 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.widthIn), height: twips(PAGE.heightIn) },
            margin: {
              top: twips(PAGE.marginIn),
              bottom: twips(PAGE.marginIn),
              left: twips(PAGE.marginIn),
              right: twips(PAGE.marginIn),
            },
          },
        },
        children: charts.flatMap((c, i) => chartParagraphs(c, i === 0)),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
