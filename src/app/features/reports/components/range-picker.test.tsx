import { i18n } from '@lingui/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { render } from '../../../testing/render';
import { ReportFiltersForm } from './report-filters';

const SEARCH = {
  productKey: 'a1AssetTrk1',
  from: '2026-11-20T10:00:00.000Z',
  to: '2026-11-21T08:30:00.000Z',
};

function renderForm(search: Record<string, string> = SEARCH) {
  const onApply = vi.fn();
  const onInvalid = vi.fn();
  render(<ReportFiltersForm search={search} onApply={onApply} onInvalid={onInvalid} />);
  return { onApply, onInvalid };
}

describe('the report range is typed in the console’s language, not the browser’s', () => {
  it('in Chinese, the inputs say their zone and format in Chinese and show the numeric time', () => {
    i18n.activate('zh-CN');
    renderForm();
    const from = screen.getByRole('textbox', { name: '开始（UTC）' });
    // A native datetime-local input would write the date in the browser's language and order.
    expect(from).toHaveProperty('type', 'text');
    expect(from).toHaveValue('2026-11-20 10:00');
    expect(from).toHaveAccessibleDescription('年-月-日 时:分，24 小时制');
    expect(from).toHaveAttribute('placeholder', '年-月-日 时:分');
    expect(screen.getByRole('textbox', { name: '结束（UTC）' })).toHaveValue('2026-11-21 08:30');
  });

  it('in English, the same inputs speak English', () => {
    renderForm();
    const to = screen.getByRole('textbox', { name: 'To (UTC)' });
    expect(to).toHaveProperty('type', 'text');
    expect(to).toHaveAccessibleDescription('YYYY-MM-DD HH:mm, 24-hour clock');
  });

  it('says on the input when its text is no time, in the active language, and sends nothing', async () => {
    i18n.activate('zh-CN');
    const { onApply, onInvalid } = renderForm();
    const from = screen.getByRole('textbox', { name: '开始（UTC）' });
    await userEvent.clear(from);
    await userEvent.type(from, '2026-02-30 10:00');
    await userEvent.click(screen.getByRole('button', { name: '显示报告' }));
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(
      /请按 年-月-日 时:分 填写日期和时间，例如 2026-12-01 09:30/,
    );
    expect(onApply).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalled();
  });

  it('reads a loosely typed time, writes it back in the format, and sends its UTC instant', async () => {
    const { onApply } = renderForm();
    const from = screen.getByRole('textbox', { name: 'From (UTC)' });
    await userEvent.clear(from);
    await userEvent.type(from, '2026-11-5 7:05');
    await userEvent.tab();
    expect(from).toHaveValue('2026-11-05 07:05');
    await userEvent.click(screen.getByRole('button', { name: 'Show report' }));
    expect(onApply).toHaveBeenCalledWith(
      expect.objectContaining({ from: '2026-11-05T07:05:00.000Z', to: '2026-11-21T08:30:00.000Z' }),
    );
  });

  it('a link with a time that is no time opens with the text and the error on its field', () => {
    renderForm({ ...SEARCH, from: 'garbage' });
    const from = screen.getByRole('textbox', { name: 'From (UTC)' });
    expect(from).toHaveValue('garbage');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(/Enter a date and time as YYYY-MM-DD HH:mm/);
    expect(screen.getByRole('textbox', { name: 'To (UTC)' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});

describe('the form’s checks load on first use, not with the report', () => {
  it('a submit made before they arrive waits for them: a reversed range is refused, not sent', async () => {
    const { onApply, onInvalid } = renderForm({
      ...SEARCH,
      from: '2026-11-21T10:00:00.000Z',
      to: '2026-11-20T08:30:00.000Z',
    });
    fireEvent.submit(screen.getByRole('form', { name: 'Report filters' }));
    await waitFor(() => expect(onInvalid).toHaveBeenCalledTimes(1));
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'From (UTC)' })).toHaveAccessibleDescription(
      /^The start must be before the end/,
    );
  });

  it('a submit made before they arrive sends good filters once they have', async () => {
    const { onApply, onInvalid } = renderForm();
    fireEvent.submit(screen.getByRole('form', { name: 'Report filters' }));
    await waitFor(() => expect(onApply).toHaveBeenCalledTimes(1));
    expect(onApply).toHaveBeenCalledWith(
      expect.objectContaining({ productKey: 'a1AssetTrk1', from: SEARCH.from, to: SEARCH.to }),
    );
    expect(onInvalid).not.toHaveBeenCalled();
  });
});
