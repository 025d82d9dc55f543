import { render } from 'preact';
import '@/components/sift.css';
import './options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
