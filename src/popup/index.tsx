// Popup entry point. The UI language comes from the settings (`uiLanguage`), else the browser's.
import { render } from 'preact';
import { browserConnector } from './connector';
import { Popup } from './Popup';

render(<Popup connector={browserConnector} />, document.getElementById('app')!);
