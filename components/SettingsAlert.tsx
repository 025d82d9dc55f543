import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/extension/i18n';
import { type SettingProblem, onSettingProblem } from '@/utils/extension/settings/problems';
import type { StorageFault } from '@/utils/extension/settings/storage-faults';

const FAULT_MESSAGES: Record<StorageFault, MessageKey> = {
  'item-quota': 'storageFaultItemQuota',
  'total-quota': 'storageFaultTotalQuota',
  'rate-minute': 'storageFaultRateMinute',
  'rate-hour': 'storageFaultRateHour',
  unavailable: 'storageFaultUnavailable',
};

export function problemText(problem: SettingProblem): string {
  switch (problem.kind) {
    case 'not-saved':
      return `${t('settingNotSaved', t(problem.label))} ${t(FAULT_MESSAGES[problem.fault])}`;
    case 'saved-here-only':
      return t('settingSavedHereOnly', t(problem.label));
    case 'unreadable':
      return t('settingUnreadable', t(problem.label));
    case 'sites-not-synced':
      return `${t('sitesNotSynced')} ${t(FAULT_MESSAGES[problem.fault])}`;
  }
}

/** The latest settings problem on this page (a refused write, an unreadable value), until dismissed. */
export function SettingsAlert() {
  const [problem, setProblem] = useState<SettingProblem | null>(null);
  useEffect(() => onSettingProblem(setProblem), []);
  if (!problem) return null;
  return (
    <div class="sift-settings-alert" role="alert" data-testid="settings-alert">
      <span>{problemText(problem)}</span>
      <button type="button" class="sift-link" onClick={() => setProblem(null)}>
        {t('settingsAlertDismiss')}
      </button>
    </div>
  );
}
