// Popup entry point.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { uiLanguage, uiText } from '../shared/ui-text';
import { browserConnector } from './connector';
import { Popup } from './Popup';

const language = uiLanguage(browser.i18n.getUILanguage());
document.documentElement.lang = language;
render(<Popup connector={browserConnector} text={uiText(language)} />, document.getElementById('app')!);
