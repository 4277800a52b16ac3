import { render } from 'preact';
import { App } from '@/components/App';
import { knowledgeBase } from '@/utils/knowledge-base';

render(<App knowledgeBase={knowledgeBase} />, document.getElementById('app')!);
