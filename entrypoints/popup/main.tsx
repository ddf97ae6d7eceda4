import '@/components/ui/theme.css';
import './popup.css';
import { bootPage } from '@/lib/ui/boot';
import { App } from './App';

void bootPage('popup_title', (settings) => <App settings={settings} />);
