import '@/components/ui/theme.css';
import './sidepanel.css';
import { bootPage } from '@/lib/ui/boot';
import { App } from './App';

void bootPage('sidepanel_title', (settings) => <App initialSettings={settings} />);
