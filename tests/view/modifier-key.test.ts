import { describe, expect, test } from 'vitest';
import { primaryModifierLabel } from '@/utils/view';

describe('the help line names the print key of this machine', () => {
  test('macOS says ⌘, from userAgentData or the older platform string', () => {
    expect(primaryModifierLabel({ userAgentData: { platform: 'macOS' } })).toBe('⌘');
    expect(primaryModifierLabel({ platform: 'MacIntel' })).toBe('⌘');
  });

  test('Windows, Linux, ChromeOS and an unknown platform say Ctrl', () => {
    expect(primaryModifierLabel({ userAgentData: { platform: 'Windows' } })).toBe('Ctrl');
    expect(primaryModifierLabel({ platform: 'Linux x86_64' })).toBe('Ctrl');
    expect(primaryModifierLabel({ userAgentData: { platform: 'Chrome OS' } })).toBe('Ctrl');
    expect(primaryModifierLabel({})).toBe('Ctrl');
    expect(primaryModifierLabel(undefined)).toBe('Ctrl');
  });

  test('an empty userAgentData platform falls back to the platform string', () => {
    expect(primaryModifierLabel({ userAgentData: { platform: '' }, platform: 'MacIntel' })).toBe('⌘');
  });
});
