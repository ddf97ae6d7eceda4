import '@/components/ui/theme.css';
import './welcome.css';
import { bootPage } from '@/lib/ui/boot';
import { App } from './App';

void bootPage('welcome_title', (settings) => <App initialSettings={settings} />);
