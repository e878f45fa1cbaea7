import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { displayStatus, progressByOwner, TASK_DISPLAY_LABELS } from '../../../core/plans/tasks';
import type { PlanRow, TaskLine } from './queries';

/** GB/T 9704 sizes in half-points: 2号 = 22pt, 3号 = 16pt, 4号 = 14pt. */
const SIZE_TITLE = 44;
const SIZE_BODY = 32;
const SIZE_TABLE = 24;
const FANGSONG = '仿宋_GB2312';
const HEITI = '黑体';
const KAITI = '楷体_GB2312';
const XIAOBIAOSONG = '方正小标宋简体';
const mm = (v: number) => Math.round((v / 25.4) * 1440);

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const run = (text: string, f = FANGSONG, size = SIZE_BODY, bold = false) => new TextRun({ text, font: font(f), size, bold, language: { value: 'zh-CN', eastAsia: 'zh-CN' } });
const body = (text: string) => new Paragraph({ children: [run(text)], indent: { firstLine: 640 }, spacing: { line: 560 } });
const heading = (text: string, f = HEITI) => new Paragraph({ children: [run(text, f)], indent: { firstLine: 640 }, spacing: { line: 560 } });
const CN_NUM = '一二三四五六七八九十';
const cnIndex = (i: number) => (i < 10 ? CN_NUM[i] : i < 20 ? `十${CN_NUM[i - 10] === '十' ? '' : CN_NUM[i - 10]}` : String(i + 1));
const cnDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

function cell(text: string, bold = false) {
  return new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, bold ? HEITI : FANGSONG, SIZE_TABLE)] })] });
}

/**
 * The plan and its progress as a Word document (GB/T 9704 style: A4, title in 小标宋 2号, body in
 * 仿宋 3号, headings 一、 in 黑体 and (一) in 楷体, page numbers "— 1 —"). Same data → same text.
 */
export async function planDocx(plan: PlanRow, lines: TaskLine[], day: string): Promise<Buffer> {
  const tasks = lines.map((l) => ({ ...l, shown: displayStatus(l.task, day) }));
  const { owners, totals } = progressByOwner(lines.map((l) => ({ owner: l.task.ownerName, status: l.task.status, dueOn: l.task.dueOn })), day);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240, line: 560 }, children: [run(plan.title, XIAOBIAOSONG, SIZE_TITLE)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(`（截至${cnDate(day)}）`, KAITI)] }),
    heading('一、总体进展'),
    body(`${plan.year}年工作要点共分解任务${totals.total}项，已完成${totals.done}项，推进中${totals.inProgress}项，未开始${totals.notStarted}项，已逾期${totals.overdue}项。`),
  ];
  if (owners.length) {
    const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        rows: [
          new TableRow({ tableHeader: true, children: ['牵头单位', '任务数', '已完成', '推进中', '未开始', '已逾期'].map((h) => cell(h, true)) }),
          ...owners.map((o) => new TableRow({ children: [o.owner, o.total, o.done, o.inProgress, o.notStarted, o.overdue].map((v) => cell(String(v))) })),
        ],
      }),
    );
  }
  children.push(heading('二、任务清单及进展'));
  const sections: string[] = [];
  for (const t of tasks) if (!sections.includes(t.task.section)) sections.push(t.task.section);
  let n = 0;
  sections.forEach((section, si) => {
    if (section) children.push(heading(`（${cnIndex(si)}）${section}`, KAITI));
    for (const t of tasks.filter((x) => x.task.section === section)) {
      n++;
      const meta = [t.task.ownerName && `牵头单位：${t.task.ownerName}`, t.task.dueOn && `完成时限：${cnDate(t.task.dueOn)}`, `状态：${TASK_DISPLAY_LABELS[t.shown]}`].filter(Boolean).join('；');
      children.push(body(`${n}. ${t.task.title}（${meta}）`));
      if (t.lastNote) children.push(body(`进展情况：${t.lastNote}`));
    }
  });
  if (!tasks.length) children.push(body('暂无任务。'));

  const doc = new Document({
    creator: '履职平台',
    title: plan.title,
    styles: { default: { document: { run: { font: font(FANGSONG), size: SIZE_BODY, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: 28 })] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
