package org.presswatch.demo.pages;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The words around an article that are not the article: menus, ads, comment headings, cookie
 * notices, in the outlet's language. These are what an extractor must learn to leave out.
 */
record Chrome(String home, String related, String comments, String share, String advertisement, String cookieNotice,
              String accept, String newsletter, String subscribe, String mostRead, String readMore, String search,
              String footer, List<String> ads, List<String> commentPool, List<String> commenters, Locale locale) {

    static Chrome of(String language) {
        return switch (language) {
            case "vi" -> new Chrome("Trang chủ", "Tin liên quan", "Ý kiến bạn đọc", "Chia sẻ", "Quảng cáo",
                    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách này.",
                    "Đồng ý", "Nhận bản tin mỗi sáng qua email", "Đăng ký", "Đọc nhiều", "Xem thêm", "Tìm kiếm",
                    "Bản quyền thuộc về %s. Trang tin minh họa của presswatch: mọi nội dung, nhân vật và sự kiện đều là hư cấu.",
                    List.of("Vay tiêu dùng lãi suất 0% trong 6 tháng đầu - duyệt hồ sơ trong 15 phút",
                            "Căn hộ ven sông, thanh toán chỉ 10% nhận nhà ngay, chiết khấu đến 12%",
                            "Khóa học tiếng Anh giao tiếp cho người đi làm - học thử miễn phí",
                            "Bảo hiểm sức khỏe toàn diện cho cả gia đình, chỉ từ 5.000 đồng mỗi ngày"),
                    List.of("Bài viết rất hay, cảm ơn tác giả đã phản ánh kịp thời.",
                            "Mong các cơ quan chức năng sớm vào cuộc giải quyết dứt điểm.",
                            "Quê tôi cũng có chuyện tương tự, đọc mà thấy xúc động.",
                            "Thông tin bổ ích. Đề nghị báo tiếp tục theo dõi vụ việc.",
                            "Ủng hộ bà con, chúc mọi người luôn bình an.",
                            "Số liệu trong bài có nguồn từ đâu vậy ạ?"),
                    List.of("Nguyễn Văn Tâm", "Hoa Lê", "Trần Quốc Bảo", "Minh Thư", "Phạm Hùng", "Bạn đọc Hải"),
                    Locale.forLanguageTag("vi"));
            case "fr" -> new Chrome("Accueil", "À lire aussi", "Réactions", "Partager", "Publicité",
                    "Ce site utilise des cookies pour mesurer l'audience et améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.",
                    "Accepter", "Recevez notre lettre d'information", "S'abonner", "Les plus lus", "Lire la suite", "Rechercher",
                    "© %s. Site de démonstration de presswatch : contenus, personnes et événements fictifs.",
                    List.of("Abonnez-vous : 1 € le premier mois, sans engagement",
                            "Voyages en Asie : jusqu'à -30 % sur les circuits d'automne",
                            "Assurance habitation : comparez en 2 minutes"),
                    List.of("Article très éclairant, merci.", "Il faudrait aussi entendre l'autre partie.",
                            "J'ai visité la région l'an dernier, c'est exactement cela.",
                            "Toujours la même rengaine, rien ne change.", "Merci pour ce reportage nuancé."),
                    List.of("Claire D.", "Jean-Marc", "Sophie L.", "Lecteur avisé", "Paul R."), Locale.FRENCH);
            case "zh" -> new Chrome("首页", "相关新闻", "网友评论", "分享", "广告",
                    "本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们的Cookie政策。", "同意", "订阅每日新闻简报", "订阅", "热门排行",
                    "阅读更多", "搜索", "版权所有 © %s。presswatch演示网站：所有内容、人物和事件均为虚构。",
                    List.of("海滨度假套餐限时八折，立即预订", "新款智能手机首发，享12期免息", "留学咨询：名校申请一站式服务"),
                    List.of("支持！", "写得很好，点赞。", "希望有关部门继续关注。", "转发了，大家都来看看。", "数据很详细。"),
                    List.of("海风", "网友123", "南方读者", "老李", "小王"), Locale.SIMPLIFIED_CHINESE);
            default -> new Chrome("Home", "Related stories", "Comments", "Share", "Advertisement",
                    "We use cookies to personalise content and ads and to analyse our traffic. By continuing you agree to our cookie policy.",
                    "Accept", "Get our morning briefing in your inbox", "Sign up", "Most read", "Read more", "Search",
                    "© %s. A presswatch demo site: all content, people and events are fictional.",
                    List.of("Trade smarter: zero-commission investing for new accounts",
                            "Luxury river cruises through the Mekong - book now and save 25%",
                            "Master a new language in 3 months. Try it free"),
                    List.of("Thanks for this thorough report.", "Where are the sources for these numbers?",
                            "I was there last year and this matches what I saw.", "Same story every year, nothing changes.",
                            "Important reporting, please keep following this."),
                    List.of("M. Reyes", "kiwi_reader", "Dan P.", "Anh T.", "Observer22"), Locale.ENGLISH);
        };
    }

    String weekday(ZonedDateTime time) {
        if (locale.getLanguage().equals("vi")) {
            return switch (time.getDayOfWeek()) {
                case MONDAY -> "Thứ Hai";
                case TUESDAY -> "Thứ Ba";
                case WEDNESDAY -> "Thứ Tư";
                case THURSDAY -> "Thứ Năm";
                case FRIDAY -> "Thứ Sáu";
                case SATURDAY -> "Thứ Bảy";
                case SUNDAY -> "Chủ Nhật";
            };
        }
        return time.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, locale);
    }
}
