import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

/** A small work report as .docx, written with the `docx` library: running text and one table. */
export async function reportDocx(options: {
  title: string;
  paragraphs: readonly string[];
  table?: readonly (readonly string[])[];
}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: options.title }),
    ...options.paragraphs.map((text) => new Paragraph({ text })),
  ];
  if (options.table) {
    children.push(
      new Table({
        rows: options.table.map(
          (row) =>
            new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
        ),
      }),
    );
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
