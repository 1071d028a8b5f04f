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
    entry: (id, p) => `mục ${id}, tương đồng ${p}%`,
    otherProvinceEntry: 'Mục này thuộc văn phòng báo chí của tỉnh, thành phố khác; tài khoản của bạn không xem được.',
    goneEntry: 'Mục này không còn trong thư viện.',
    signIn: 'Đăng nhập', signInTitle: 'Đăng nhập vào presswatch', name: 'Tên đăng nhập', password: 'Mật khẩu',
    signingIn: 'Đang đăng nhập…', signOut: 'Đăng xuất', signedOut: 'Bạn đã đăng xuất.',
    sessionEnded: 'Phiên làm việc của bạn đã kết thúc. Vui lòng đăng nhập lại.',
    roles: { admin: 'Quản trị viên', analyst: 'Chuyên viên phân tích', officer: 'Cán bộ', reader: 'Người xem (chỉ đọc)' },
    national: 'Toàn quốc', accountMenu: 'Tài khoản của bạn',
    tokens: 'Mã truy cập API', accounts: 'Quản lý tài khoản', back: '← Quay lại tìm kiếm',
    tokensNote: 'Mã truy cập cho phép một chương trình dùng API với quyền của bạn (tiêu đề Authorization: Bearer …). Hãy giữ bí mật như mật khẩu.',
    label: 'Tên gợi nhớ', scope: 'Quyền', scopes: { read: 'Chỉ đọc', write: 'Đọc và ghi' }, days: 'Hiệu lực (ngày)',
    createToken: 'Tạo mã', created: 'Ngày tạo', expires: 'Hết hạn', lastUsed: 'Dùng lần cuối', state: 'Trạng thái',
    never: 'chưa dùng', active: 'Đang hiệu lực', revoked: 'Đã thu hồi', expired: 'Đã hết hạn',
    revoke: 'Thu hồi', confirmRevoke: 'Chắc chắn thu hồi?', noTokens: 'Bạn chưa có mã truy cập nào.',
    newSecret: 'Mã truy cập mới:', secretOnce: 'Hãy sao chép mã này ngay: nó sẽ không được hiển thị lại.', done: 'Đã sao chép xong',
    users: 'Tài khoản', addUser: 'Thêm tài khoản', role: 'Vai trò', provinces: 'Tỉnh, thành phố phụ trách',
    provincesHint: 'Giữ Ctrl (⌘ trên Mac) để chọn nhiều tỉnh, thành phố; quản trị viên và chuyên viên phân tích xem được toàn quốc.',
    enabled: 'Đang hoạt động', disabled: 'Đã khóa', enable: 'Mở khóa', disable: 'Khóa tài khoản', save: 'Lưu thay đổi',
    change: 'Thay đổi vai trò, tỉnh, thành phố', newPassword: 'Mật khẩu mới', setPassword: 'Đặt mật khẩu',
    saved: 'Đã lưu.', added: name => `Đã thêm tài khoản ${name}.`, passwordSet: name => `Đã đặt mật khẩu mới cho ${name}.`,
    invalidName: 'Tên đăng nhập gồm 2 đến 64 chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số.',
    weakPassword: n => `Mật khẩu cần ít nhất ${n} ký tự và không được trùng tên đăng nhập.`,
    needsProvince: 'Cán bộ và người chỉ xem cần ít nhất một tỉnh, thành phố.',
    errors: {
      network: 'Không kết nối được với máy chủ presswatch. Vui lòng thử lại.',
      unauthorized: 'Vui lòng đăng nhập.',
      sign_in_failed: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      too_many_attempts: wait => `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${wait}.`,
      forbidden: 'Tài khoản của bạn không được phép làm việc này.',
      csrf_token_missing: 'Trang đã cũ so với phiên làm việc. Vui lòng tải lại trang.',
      cross_site_request: 'Yêu cầu bị từ chối vì không gửi từ trang presswatch.',
      invalid_query: 'Không đọc được câu tìm kiếm này: hãy đóng đủ dấu ngoặc kép và bỏ bớt ký tự đặc biệt.',
      not_found: 'Không tìm thấy.', conflict: 'Không thực hiện được:', bad_request: 'Không lưu được:',
      too_many_requests: 'Máy chủ đang bận. Vui lòng thử lại sau ít phút.', unavailable: 'Máy chủ tạm thời chưa trả lời được. Vui lòng thử lại.'
    },
    seconds: n => `${n} giây`, minutes: n => `${n} phút`
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
    entry: (id, p) => `entry ${id}, similarity ${p}%`,
    otherProvinceEntry: 'This entry belongs to the press office of another province; your account cannot see it.',
    goneEntry: 'This entry is no longer in the library.',
    signIn: 'Sign in', signInTitle: 'Sign in to presswatch', name: 'Account name', password: 'Password',
    signingIn: 'Signing in…', signOut: 'Sign out', signedOut: 'You have signed out.',
    sessionEnded: 'Your session has ended. Please sign in again.',
    roles: { admin: 'Administrator', analyst: 'Analyst', officer: 'Officer', reader: 'Reader (read only)' },
    national: 'All provinces', accountMenu: 'Your account',
    tokens: 'API tokens', accounts: 'Manage accounts', back: '← Back to search',
    tokensNote: 'A token lets a program use the API with your rights (header Authorization: Bearer …). Keep it as secret as a password.',
    label: 'Label', scope: 'Scope', scopes: { read: 'Read only', write: 'Read and write' }, days: 'Valid for (days)',
    createToken: 'Make a token', created: 'Created', expires: 'Expires', lastUsed: 'Last used', state: 'State',
    never: 'never', active: 'Active', revoked: 'Revoked', expired: 'Expired',
    revoke: 'Revoke', confirmRevoke: 'Really revoke?', noTokens: 'You have no API token.',
    newSecret: 'Your new token:', secretOnce: 'Copy it now: it will not be shown again.', done: 'I have copied it',
    users: 'Accounts', addUser: 'Add an account', role: 'Role', provinces: 'Provinces in charge',
    provincesHint: 'Hold Ctrl (⌘ on a Mac) to choose several; administrators and analysts see every province.',
    enabled: 'Enabled', disabled: 'Disabled', enable: 'Enable', disable: 'Disable', save: 'Save changes',
    change: 'Change role and provinces', newPassword: 'New password', setPassword: 'Set password',
    saved: 'Saved.', added: name => `Account ${name} added.`, passwordSet: name => `New password set for ${name}.`,
    invalidName: 'An account name is 2 to 64 lowercase letters without accents, digits, dots, underscores or hyphens, starting with a letter or digit.',
    weakPassword: n => `A password has at least ${n} characters and is not the account's name.`,
    needsProvince: 'Officers and readers need at least one province.',
    errors: {
      network: 'Cannot reach the presswatch server. Please try again.',
      unauthorized: 'Please sign in.',
      sign_in_failed: 'Wrong account name or password.',
      too_many_attempts: wait => `Too many failed sign-ins. Please try again in ${wait}.`,
      forbidden: 'Your account may not do this.',
      csrf_token_missing: 'This page is older than your session. Please reload it.',
      cross_site_request: 'Refused: the request did not come from the presswatch page.',
      invalid_query: 'This search cannot be read: close its double quotes and leave out special characters.',
      not_found: 'Not found.', conflict: 'Not done:', bad_request: 'Not saved:',
      too_many_requests: 'The server is busy. Please try again in a few minutes.', unavailable: 'The server cannot answer just now. Please try again.'
    },
    seconds: n => n === 1 ? '1 second' : `${n} seconds`, minutes: n => n === 1 ? '1 minute' : `${n} minutes`
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

/** A day without its time: "ngày 07/12/2026" in Vietnamese, "7 Dec 2026" in English. */
export function day(iso) {
  if (!iso) return '';
  const at = new Date(iso);
  if (lang === 'vi') return `ngày ${at.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' })}`;
  return at.toLocaleDateString(LOCALES.en, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A wait in seconds as people say it: seconds up to a minute and a half, whole minutes beyond. */
const waiting = seconds => seconds <= 90 ? t().seconds(seconds) : t().minutes(Math.ceil(seconds / 60));

/**
 * What went wrong, in the user's language. The codes the page knows are translated; for the
 * others, and for a refused change (bad_request, conflict) whose reason only the server knows, the
 * server's message follows. A search that cannot be read is never explained in the server's
 * words: they quote the query back in English.
 *
 * @param error an ApiError, or any Error
 */
export function errorText(error) {
  const known = t().errors[error.code];
  if (typeof known === 'function') return known(waiting(error.retryAfter || 60));
  if (error.code === 'bad_request' || error.code === 'conflict') return `${known} ${error.message}`;
  if (known) return known;
  return `${t().error}: ${error.message}`;
}
