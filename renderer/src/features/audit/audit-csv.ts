/** A CSV a spreadsheet opens as it is: a header, quoted fields, CRLF line ends, a BOM for the accents. */
export function auditCsv(header: string, rows: string[][]): string {
  const cell = (v: string) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return '\uFEFF' + [header, ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}
