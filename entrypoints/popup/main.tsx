import { render } from 'preact';
import '@/components/sift.css';
import './popup.css';
import { App } from './App';
import { t } from '@/utils/extension/i18n';

// The manifest takes the action's tooltip from <title>; the page itself (seen when the popup
// opens as a window) gets the plain name.
document.title = t('extName');
render(<App />, document.getElementById('app')!);
