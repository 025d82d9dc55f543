import { render } from 'preact';
import '@/components/sift.css';
import './options.css';
import { App } from './App';
import { t } from '@/utils/extension/i18n';

document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
