import '@/components/ui/theme.css';
import './options.css';
import { bootPage } from '@/lib/ui/boot';
import { App } from './App';

void bootPage('options_title', (settings) => <App initialSettings={settings} />);
