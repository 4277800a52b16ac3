/**
 * Runs axe-core in the panel page and reports its WCAG 2.0/2.1/2.2 A and AA violations as readable
 * lines, so that a failing test names the rule, the element and what is wrong with it.
 */
import axe from 'axe-core';
import type { PanelSession } from '../../tools/browsers';

/** Every WCAG 2 success criterion at level A and AA that axe has a rule for. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeFindings {
  /** One line per rule and element: `rule (impact): help — selector: what is wrong`. */
  violations: string[];
  /** Rules axe could not decide (e.g. contrast over an overlapping element), for a person to check. */
  incomplete: string[];
}

/** Audits the page as it is now. */
export async function audit(panel: PanelSession): Promise<AxeFindings> {
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.addScript(axe.source);
  return panel.evaluate(async (tags) => {
    const { axe: runner } = window as unknown as { axe: typeof axe };
    const result = await runner.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    // No named functions in here: tools that keep names (tsx) would wrap them in a helper the page lacks.
    const [violations, incomplete] = [result.violations, result.incomplete].map((results) =>
      results.flatMap((rule) =>
        rule.nodes.map(
          (node) =>
            `${rule.id} (${node.impact ?? rule.impact}): ${rule.help} — ${node.target.join(' ')}: ` +
            (node.failureSummary ?? '').replace(/\s+/gu, ' ').trim(),
        ),
      ),
    );
    return { violations: violations!, incomplete: incomplete! };
  }, WCAG_TAGS);
}
