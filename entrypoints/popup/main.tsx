import { render } from 'preact';
import '@/components/sift.css';
import './popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
