/**
 * The buttons of ArticleTools.astro. 朗读: the browser's own Chinese voice (speechSynthesis),
 * one paragraph of `.article-text` at a time, the one being read marked (`data-reading`) and
 * scrolled into view; 暂停 / 继续 and 停止朗读. Shown only when a zh voice exists (voices may
 * arrive late: `voiceschanged`). 分享: navigator.share, else the address copied to the clipboard.
 * 打印: window.print (the print stylesheet keeps masthead, date, byline and citation).
 */
/** A Mandarin voice: zh-CN first, else any zh voice but Cantonese (zh-HK) read as Mandarin text poorly. */
const chineseVoice = () => {
  const voices = speechSynthesis.getVoices().filter((v) => /^zh/iu.test(v.lang));
  return voices.find((v) => /^zh[-_](CN|Hans)/iu.test(v.lang)) ?? voices.find((v) => !/HK|yue/iu.test(v.lang));
};

function startReading(root: HTMLElement, say: (text: string) => void) {
  const read = root.querySelector<HTMLButtonElement>('[data-tool="read"]')!;
  const pause = root.querySelector<HTMLButtonElement>('[data-tool="pause"]')!;
  const stop = root.querySelector<HTMLButtonElement>('[data-tool="stop"]')!;
  const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-article-body] .article-text > p, [data-article-body] h1')];
  let at = -1;
  const mark = (i: number) => {
    paragraphs.forEach((p) => p.removeAttribute('data-reading'));
    if (i >= 0 && paragraphs[i]) {
      paragraphs[i]!.setAttribute('data-reading', '');
      paragraphs[i]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };
  const end = () => {
    speechSynthesis.cancel();
    at = -1;
    mark(-1);
    pause.hidden = stop.hidden = true;
    read.hidden = false;
  };
  const next = () => {
    at += 1;
    const p = paragraphs[at];
    if (!p) return end();
    mark(at);
    const u = new SpeechSynthesisUtterance(p.innerText);
    const voice = chineseVoice();
    if (voice) u.voice = voice;
    u.lang = voice?.lang ?? 'zh-CN';
    u.rate = 0.9;
    u.onend = () => {
      if (at >= 0) next();
    };
    speechSynthesis.speak(u);
  };
  read.addEventListener('click', () => {
    speechSynthesis.cancel();
    at = -1;
    read.hidden = true;
    pause.hidden = stop.hidden = false;
    pause.textContent = '暂停';
    say('正在朗读，读到的段落有标记。');
    next();
  });
  pause.addEventListener('click', () => {
    if (speechSynthesis.paused) {
      speechSynthesis.resume();
      pause.textContent = '暂停';
    } else {
      speechSynthesis.pause();
      pause.textContent = '继续';
    }
  });
  stop.addEventListener('click', end);
  const reveal = () => {
    if (chineseVoice()) read.hidden = false;
  };
  reveal();
  speechSynthesis.addEventListener?.('voiceschanged', reveal);
}

/** Side of the QR code's square in CSS pixels: large enough for a phone camera across a desk. */
const QR_SIZE = 132;

/**
 * The QR code of the address, drawn the first time its fold opens (the library is loaded then: no
 * page pays for it unopened). An image named by the caption that gives the address in words.
 */
function startQrCode(root: HTMLElement, url: string) {
  const fold = root.querySelector<HTMLDetailsElement>('[data-qr]');
  const caption = fold?.querySelector('figcaption');
  if (!fold || !caption) return;
  fold.hidden = false;
  let drawn = false;
  fold.addEventListener('toggle', async () => {
    if (!fold.open || drawn) return;
    drawn = true;
    const { toString } = await import('qrcode');
    const svg = await toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    caption.insertAdjacentHTML('beforebegin', svg);
    const image = caption.previousElementSibling!;
    image.setAttribute('role', 'img');
    image.setAttribute('aria-labelledby', caption.id);
    image.setAttribute('width', String(QR_SIZE));
    image.setAttribute('height', String(QR_SIZE));
  });
}

export function startArticleTools(): void {
  const root = document.querySelector<HTMLElement>('[data-article-tools]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-tool-status]')!;
  const say = (text: string) => (status.textContent = text);
  const url = root.dataset['url'] ?? location.href;
  const title = root.dataset['title'] ?? document.title;

  if ('speechSynthesis' in window) startReading(root, say);

  const share = root.querySelector<HTMLButtonElement>('[data-tool="share"]')!;
  // Web Share is missing from desktop Chromium and Firefox; the clipboard needs a secure context.
  const canShare = typeof (navigator as Partial<Navigator>).share === 'function';
  if (canShare || navigator.clipboard) share.hidden = false;
  share.addEventListener('click', async () => {
    try {
      if (canShare) {
        await navigator.share({ title, url });
      } else {
        await navigator.clipboard.writeText(url);
        say(`已复制本文地址：${url}`);
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError') say(`没能分享；本文地址：${url}`);
    }
  });

  startQrCode(root, url);

  const print = root.querySelector<HTMLButtonElement>('[data-tool="print"]')!;
  print.hidden = false;
  print.addEventListener('click', () => window.print());
}
