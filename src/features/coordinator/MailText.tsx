// The introduction e-mail as text to copy: a mailto: link opens nothing where the coordinator uses webmail.
import { useState } from 'react';
import { useAnalysisT } from './analysisMessages';

export function MailText({ text }: { text: string }) {
  const ta = useAnalysisT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      // No clipboard (a browser's setting, an old browser): the text is shown, selectable, above the button.
      setCopied('no');
    }
  }

  return (
    <details className="mail-text no-print">
      <summary>{ta('mailAsText')}</summary>
      <textarea readOnly value={text} rows={12} aria-label={ta('mailAsText')} onFocus={(event) => event.target.select()} />
      <p>
        <button type="button" onClick={() => void copy()}>{ta('copyMail')}</button>{' '}
        <span role="status">{copied === 'yes' ? ta('mailCopied') : copied === 'no' ? ta('mailCopyFailed') : ''}</span>
      </p>
    </details>
  );
}
