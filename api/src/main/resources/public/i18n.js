// The UI's words in Vietnamese and English, the language chosen (remembered by the browser), and
// dates and numbers written the way each language writes them.

const TEXT = {
  vi: {
    search: 'Tìm', placeholder: 'Tìm bài viết, ví dụ: biển đông, "Hoàng Sa", nhân quyền…', allProvinces: 'Mọi tỉnh, thành phố',
    allTopics: 'Mọi chủ đề', allLanguages: 'Mọi ngôn ngữ', results: n => `${n} bài viết`, none: 'Không có bài viết nào phù hợp.',
    province: 'Tỉnh, thành phố', topic: 'Chủ đề', source: 'Nguồn', language: 'Ngôn ngữ', prev: '← Trước', next: 'Sau →',
    indexed: n => `${n} bài đã lập chỉ mục`, fresh: n => `${n} bài mới — xem`, foreign: 'nước ngoài', domestic: 'trong nước',
    original: 'Xem bài gốc', why: 'Vì sao bài này được gắn chủ đề',
    model: p => `mô hình phân loại: ${p}% khả năng thuộc chủ đề`, mentions: 'Địa danh được nhắc đến', close: 'Đóng',
    error: 'Lỗi', footer: 'presswatch chỉ ra căn cứ trong bài viết; việc đánh giá nội dung thuộc về cán bộ phụ trách.',
    languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh', fr: 'Tiếng Pháp', zh: 'Tiếng Trung' },
    alerts: 'Cảnh báo', kinds: { SPIKE: 'Tăng đột biến', HIGH_RISK: 'Rủi ro cao', AMPLIFICATION: 'Lan truyền' },
    claims: 'Khớp với luận điệu trong thư viện phản bác', claimBadge: 'khớp luận điệu đã ghi nhận',
    claimNote: 'Bài viết giống luận điệu này; presswatch không kết luận bài viết sai. Xem căn cứ của mục trong thư viện.',
    evidence: 'Căn cứ và nội dung trả lời của cơ quan', facts: 'Dẫn chứng', points: 'Nội dung trả lời', draft: 'bản nháp',
    entry: (id, p) => `mục ${id}, tương đồng ${p}%`
  },
  en: {
    search: 'Search', placeholder: 'Search articles, e.g. biển đông, "Paracel", human rights…', allProvinces: 'All provinces',
    allTopics: 'All topics', allLanguages: 'All languages', results: n => `${n} articles`, none: 'No article matches.',
    province: 'Province', topic: 'Topic', source: 'Source', language: 'Language', prev: '← Previous', next: 'Next →',
    indexed: n => `${n} articles indexed`, fresh: n => `${n} new articles — show`, foreign: 'foreign', domestic: 'domestic',
    original: 'Original article', why: 'Why this article has these topics',
    model: p => `classifier: ${p}% likely of the topic`, mentions: 'Places mentioned', close: 'Close',
    error: 'Error', footer: 'presswatch shows the evidence in each article; judging its content is for the officer in charge.',
    languages: { vi: 'Vietnamese', en: 'English', fr: 'French', zh: 'Chinese' },
    alerts: 'Alerts', kinds: { SPIKE: 'Spike', HIGH_RISK: 'High risk', AMPLIFICATION: 'Amplification' },
    claims: 'Matches claims in the rebuttal library', claimBadge: 'matches a documented claim',
    claimNote: 'The article resembles these claims; presswatch does not call it false. See the entry\'s evidence in the library.',
    evidence: 'The office\'s evidence and talking points', facts: 'Facts', points: 'Talking points', draft: 'draft',
    entry: (id, p) => `entry ${id}, similarity ${p}%`
  }
};

const LOCALES = { vi: 'vi-VN', en: 'en-GB' };
const STORED = 'presswatch.lang';

let lang = TEXT[localStorage.getItem(STORED)] ? localStorage.getItem(STORED) : 'vi';

export const language = () => lang;

export function setLanguage(code) {
  lang = code;
  localStorage.setItem(STORED, code);
}

/** The words of the language chosen. */
export const t = () => TEXT[lang];

export const languageName = code => t().languages[code] || code;

/** A fraction as a whole percentage. */
export const percent = fraction => Math.round(fraction * 100);

/** A number with two decimals: a decimal comma in Vietnamese; with its sign when signed. */
export function decimal(x, signed = false) {
  return x.toLocaleString(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: signed ? 'always' : 'auto' });
}

/** An instant in the browser's time zone: "10:20 ngày 07/12/2026" in Vietnamese, "7 Dec 2026, 10:20" in English. */
export function when(iso) {
  if (!iso) return '';
  const at = new Date(iso);
  if (lang === 'vi') {
    const time = at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });
    return `${time} ngày ${at.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' })}`;
  }
  return at.toLocaleString(LOCALES.en, { dateStyle: 'medium', timeStyle: 'short' });
}
