// Options page entry point.
import { render } from 'preact';
import { browserConnector } from './connector';
import { Options } from './Options';

render(<Options connector={browserConnector} />, document.getElementById('app')!);
