"""Content of the built-in starter journeys: parallel English and Japanese texts per item."""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.core.enums import CardKind, Category, LaneKind, LinkKind, Mode

Text = tuple[str, str]
"""One text in every language, in the order of ``templates.LANGUAGES``: (English, Japanese)."""

NO_TEXT: Text = ("", "")


@dataclass(frozen=True, slots=True)
class PersonaSpec:
    name: Text
    role: Text
    age: int | None
    location: Text
    quote: Text
    goals: tuple[Text, ...]
    needs: tuple[Text, ...]
    frustrations: tuple[Text, ...]
    channels: tuple[Text, ...]
    source: Text
    first_time: bool


@dataclass(frozen=True, slots=True)
class StageSpec:
    key: str
    name: Text
    description: Text
    goal: Text
    color: str


@dataclass(frozen=True, slots=True)
class LaneSpec:
    kind: LaneKind
    name: Text
    height: int = 120


@dataclass(frozen=True, slots=True)
class CardSpec:
    """A card; it goes into the template's lane whose default card kind is ``kind``."""

    stage: str
    kind: CardKind
    text: Text
    key: str = ""
    channel: Text = NO_TEXT
    category: Category | None = None
    mode: Mode | None = None
    owner: Text = NO_TEXT
    moment_of_truth: bool = False
    exit_reason: Text | None = None
    frequency: int | None = None
    severity: int | None = None
    impact: int | None = None
    effort: int | None = None


@dataclass(frozen=True, slots=True)
class MarkerSpec:
    stage: str
    offset: float
    score: int
    label: Text


@dataclass(frozen=True, slots=True)
class LinkSpec:
    source: str
    target: str
    kind: LinkKind = LinkKind.FLOW
    label: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    title: Text
    description: Text
    persona: PersonaSpec | None
    stages: tuple[StageSpec, ...]
    lanes: tuple[LaneSpec, ...]
    cards: tuple[CardSpec, ...] = ()
    markers: tuple[MarkerSpec, ...] = ()
    links: tuple[LinkSpec, ...] = ()


def _touch(key: str, stage: str, text: Text, channel: Text, category: Category, mode: Mode,
           owner: Text, *, mot: bool = False, exit_reason: Text | None = None) -> CardSpec:
    return CardSpec(stage, CardKind.TOUCHPOINT, text, key, channel, category, mode, owner,
                    moment_of_truth=mot, exit_reason=exit_reason)


def _action(stage: str, text: Text) -> CardSpec:
    return CardSpec(stage, CardKind.ACTION, text)


def _thought(stage: str, text: Text) -> CardSpec:
    return CardSpec(stage, CardKind.THOUGHT, text)


def _backstage(stage: str, text: Text) -> CardSpec:
    return CardSpec(stage, CardKind.BACKSTAGE, text)


def _pain(stage: str, text: Text, frequency: int, severity: int) -> CardSpec:
    return CardSpec(stage, CardKind.PAIN_POINT, text, frequency=frequency, severity=severity)


def _opportunity(stage: str, text: Text, impact: int, effort: int, owner: Text) -> CardSpec:
    return CardSpec(stage, CardKind.OPPORTUNITY, text, owner=owner, impact=impact, effort=effort)


DIGITAL, HUMAN, PHYSICAL = Category.DIGITAL, Category.HUMAN, Category.PHYSICAL
ONLINE, OFFLINE, O2O, OMO = Mode.ONLINE, Mode.OFFLINE, Mode.O2O, Mode.OMO
SWITCH = LinkKind.CHANNEL_SWITCH

STAGE_COLORS: tuple[str, ...] = ("#4a90d9", "#7b61c9", "#e08a2e", "#2e9e78", "#d9577a")

STANDARD_LANES: tuple[LaneSpec, ...] = (
    LaneSpec(LaneKind.ACTIONS, ("Actions", "行動")),
    LaneSpec(LaneKind.TOUCHPOINTS, ("Touchpoints", "タッチポイント"), 160),
    LaneSpec(LaneKind.THOUGHTS, ("Thoughts", "思考")),
    LaneSpec(LaneKind.EMOTIONS, ("Emotions", "感情"), 160),
    LaneSpec(LaneKind.PAIN_POINTS, ("Pain points", "ペインポイント")),
    LaneSpec(LaneKind.OPPORTUNITIES, ("Opportunities", "改善機会")),
    LaneSpec(LaneKind.BACKSTAGE, ("Backstage", "バックステージ")),
)

AWARENESS: Text = ("Awareness", "認知")
CONSIDERATION: Text = ("Consideration", "検討")
PURCHASE: Text = ("Purchase", "購入")
POST_PURCHASE: Text = ("Post-purchase", "購入後")
LOYALTY: Text = ("Loyalty", "ロイヤルティ")

# Channels and owning teams shared by several cards.
WEB = ("Website", "Webサイト")
EMAIL = ("Email", "メール")
SOCIAL = ("Social media", "SNS")
CHAT = ("Live chat", "チャット")
STORE = ("Store", "店舗")
APP = ("App", "アプリ")
IN_APP = ("In-app", "アプリ内")
VIDEO = ("Video call", "ビデオ会議")
PHONE_SUPPORT = ("Phone support", "電話サポート")
EVENT = ("Event", "イベント")
MARKETING = ("Marketing", "マーケティング部")
ECOM = ("E-commerce team", "EC事業部")
STORES = ("Store operations", "店舗運営部")
SERVICE = ("Customer service", "カスタマーサービス部")
CRM = ("CRM team", "CRMチーム")
CX = ("CX team", "CX推進室")
SALES = ("Sales", "営業部")
PRODUCT = ("Product team", "プロダクトチーム")
SUPPORT = ("Support", "サポート部")
CS = ("Customer success", "カスタマーサクセス部")

BLANK = TemplateSpec(
    title=("Blank journey", "空のジャーニー"),
    description=("Five standard stages and seven lanes, ready for a workshop.",
                 "標準の5ステージと7レーンだけを用意した、ワークショップ向けの白紙のマップ。"),
    persona=None,
    stages=(
        StageSpec("awareness", AWARENESS, ("The customer becomes aware of a need and of us.",
                                           "顧客がニーズに気づき、私たちを知る。"), NO_TEXT,
                  STAGE_COLORS[0]),
        StageSpec("consideration", CONSIDERATION, ("The customer compares the options.",
                                                   "顧客が選択肢を比較する。"), NO_TEXT,
                  STAGE_COLORS[1]),
        StageSpec("purchase", PURCHASE, ("The customer decides and buys.",
                                         "顧客が決めて購入する。"), NO_TEXT, STAGE_COLORS[2]),
        StageSpec("post_purchase", POST_PURCHASE, ("Delivery, use and support.",
                                                   "受け取り・利用・サポート。"), NO_TEXT,
                  STAGE_COLORS[3]),
        StageSpec("loyalty", LOYALTY, ("The customer comes back and recommends us.",
                                       "顧客が再び選び、人に勧める。"), NO_TEXT, STAGE_COLORS[4]),
    ),
    lanes=STANDARD_LANES,
)

AW, CO, PU, PP, LO = "awareness", "consideration", "purchase", "post_purchase", "loyalty"

ECOMMERCE = TemplateSpec(
    title=("E-commerce purchase journey", "ECサイト購入ジャーニー"),
    description=(
        ("A runner buys shoes online and in store: ads, product page, checkout, "
         "click & collect, support and the loyalty programme."),
        ("ランナーがネットと店舗でシューズを買うまで：広告、商品ページ、購入手続き、"
         "店舗受け取り、サポート、会員プログラム。")),
    persona=PersonaSpec(
        name=("Emma Clarke", "佐藤 美咲"),
        role=("Project manager and weekend runner",
              "会社員（プロジェクトマネージャー）・週末ランナー"),
        age=34,
        location=("Manchester, UK", "神奈川県横浜市"),
        quote=("I'll pay more for shoes that fit — but don't surprise me at checkout.",
               "ぴったり合う靴なら多少高くてもいい。でも最後に送料で驚かせないで。"),
        goals=(("Replace worn-out running shoes before a half marathon",
                "ハーフマラソンまでにすり減ったシューズを買い替える"),
               ("Shop quickly during lunch breaks", "昼休みの短い時間で買い物を済ませる")),
        needs=(("Reliable sizing advice", "信頼できるサイズの目安"),
               ("The full price including delivery, up front", "送料込みの総額がすぐ分かること"),
               ("Pick-up near the office", "会社の近くで受け取れること")),
        frustrations=(("Hidden shipping costs", "後から加算される送料"),
                      ("Creating yet another account", "また会員登録させられること"),
                      ("Waiting at home for deliveries", "配達を家で待つこと")),
        channels=(("Instagram", "Instagram"), ("Mobile web", "スマートフォンのブラウザ"), EMAIL,
                  STORE),
        source=("Instagram ad, then a friend's recommendation", "Instagram広告と友人のすすめ"),
        first_time=True,
    ),
    stages=(
        StageSpec(AW, AWARENESS, ("She notices a need and first meets the brand.",
                                  "ニーズに気づき、ブランドを初めて知る。"),
                  ("Be found when she starts looking", "探し始めた瞬間に見つけてもらう"),
                  STAGE_COLORS[0]),
        StageSpec(CO, CONSIDERATION, ("She compares models, sizes and prices across channels.",
                                      "チャネルをまたいでモデル・サイズ・価格を比較する。"),
                  ("Give her confidence in fit and value", "サイズと価値に確信を持ってもらう"),
                  STAGE_COLORS[1]),
        StageSpec(PU, PURCHASE, ("She orders and pays.", "注文し、支払う。"),
                  ("A checkout without surprises", "驚きのない購入手続き"), STAGE_COLORS[2]),
        StageSpec(PP, POST_PURCHASE, ("She collects the shoes, runs in them and may need help.",
                                      "商品を受け取って使い、必要ならサポートを受ける。"),
                  ("Keep the promise made at checkout", "購入時の約束を守る"), STAGE_COLORS[3]),
        StageSpec(LO, LOYALTY, ("She comes back and recommends the brand.",
                                "再購入し、ブランドを人に勧める。"),
                  ("Turn a buyer into an advocate", "購入者をファンに変える"), STAGE_COLORS[4]),
    ),
    lanes=STANDARD_LANES,
    cards=(
        _action(AW, ("Notices her running shoes are worn out after a long run",
                     "長距離ランの後、シューズのすり減りに気づく")),
        _action(AW, ("Scrolls Instagram and searches on the commute",
                     "通勤中にInstagramを眺め、検索する")),
        _touch("a_social", AW, ("Instagram post by a running influencer",
                                "ランニング系インフルエンサーのInstagram投稿"),
               SOCIAL, DIGITAL, ONLINE, MARKETING),
        _touch("a_ad", AW, ("Search ad for 'cushioned running shoes'",
                            "「クッション性 ランニングシューズ」の検索広告"),
               ("Search ads", "検索広告"), DIGITAL, ONLINE, MARKETING),
        _touch("a_blog", AW, ("Blog article: how to choose running shoes",
                              "オウンドメディア記事「ランニングシューズの選び方」"),
               ("Content / blog", "コンテンツ・ブログ"), DIGITAL, ONLINE,
               ("Content team", "コンテンツチーム")),
        _touch("a_poster", AW, ("Poster in the station near the store",
                                "店舗最寄り駅の駅貼りポスター"),
               ("Print ads", "交通広告"), PHYSICAL, OFFLINE, MARKETING),
        _thought(AW, ("My knees hurt after 15 km — maybe it's the shoes.",
                      "15kmを過ぎると膝が痛い。靴のせいかもしれない。")),
        _pain(AW, ("Many similar ads; hard to tell the brands apart",
                   "似たような広告ばかりで、ブランドの違いが分からない"), 4, 2),
        _opportunity(AW, ("Replace generic ads with a shoe-finder quiz",
                          "画一的な広告をシューズ診断コンテンツに置き換える"), 3, 2, MARKETING),
        _backstage(AW, ("Campaign targeting and budget managed by marketing",
                        "マーケティング部が広告のターゲティングと予算を管理")),

        _action(CO, ("Compares models, prices and reviews on the website",
                     "Webサイトでモデル・価格・レビューを比較する")),
        _action(CO, ("Tries the shoes on in store with a web coupon",
                     "Webクーポンを持って店舗で試し履きする")),
        _touch("c_web", CO, ("Category page with size and width filters",
                             "サイズ・足幅で絞り込めるカテゴリーページ"),
               WEB, DIGITAL, ONLINE, ECOM),
        _touch("c_pdp", CO, ("Product page with size guide and photos",
                             "サイズガイドと写真付きの商品ページ"),
               WEB, DIGITAL, ONLINE, ECOM),
        _touch("c_reviews", CO, ("Customer reviews and star ratings", "購入者レビューと星評価"),
               ("Reviews", "レビュー"), DIGITAL, ONLINE, ECOM, mot=True),
        _touch("c_chat", CO, ("Live chat with staff about sizing",
                              "サイズについてスタッフにチャットで相談"),
               CHAT, DIGITAL, ONLINE, SERVICE),
        _touch("c_coupon", CO, ("Fitting in store with a 10% web coupon",
                                "Webで配布した10%オフクーポンを使って店舗で試着"),
               STORE, HUMAN, O2O, STORES),
        _thought(CO, ("Will they fit? Sizes differ between brands.",
                      "サイズは合うかな。ブランドによって違うし。")),
        _pain(CO, ("Size guide is hard to read on a phone",
                   "サイズガイドがスマートフォンで読みにくい"),
              4, 3),
        _pain(CO, ("Reviews rarely mention foot width",
                   "レビューに足幅の情報がほとんどない"), 3, 2),
        _opportunity(CO, ("Show each reviewer's foot width and usual size",
                          "レビューに投稿者の足幅と普段のサイズを表示する"), 4, 3, ECOM),
        _backstage(CO, ("Store stock synced to the website every 15 minutes",
                        "店舗在庫を15分ごとにWebサイトへ同期")),

        _action(PU, ("Adds the shoes to the cart and chooses click & collect",
                     "カートに入れ、店舗受け取りを選ぶ")),
        _action(PU, ("Pays with a mobile wallet", "スマホ決済で支払う")),
        _touch("p_cart", PU, ("Cart and checkout form", "カートと購入手続きフォーム"),
               WEB, DIGITAL, ONLINE, ECOM, mot=True,
               exit_reason=("Cart abandonment (~70%): unexpected shipping cost and forced sign-up",
                            "カゴ落ち（約70%）：想定外の送料と会員登録の強制")),
        _touch("p_cc", PU, ("Click & collect: order online, pick up in store",
                            "クリック&コレクト：ネットで注文し、店舗で受け取る"),
               STORE, PHYSICAL, OMO, STORES),
        _touch("p_payment", PU, ("Payment options: card, mobile wallet, pay later",
                                 "決済方法：クレジットカード・スマホ決済・後払い"),
               WEB, DIGITAL, ONLINE, ("Payments team", "決済チーム")),
        _touch("p_confirm", PU, ("Order confirmation email", "注文確認メール"),
               EMAIL, DIGITAL, ONLINE, CRM),
        _thought(PU, ("Why is shipping added only at the last step?",
                      "なぜ最後の画面で送料が加算されるの？")),
        _pain(PU, ("Shipping cost shown only at the last step", "送料が最終画面で初めて表示される"),
              5, 4),
        _pain(PU, ("Account required before payment", "支払い前に会員登録が必須"), 4, 4),
        _opportunity(PU, ("Show the total with delivery on the product page; allow guest checkout",
                          "商品ページで送料込みの総額を表示し、ゲスト購入を可能にする"),
                     5, 2, ECOM),
        _backstage(PU, ("Payment authorisation and fraud screening", "決済承認と不正利用チェック")),

        _action(PP, ("Tracks the order and picks it up after work",
                     "注文状況を確認し、仕事帰りに受け取る")),
        _action(PP, ("Goes for a first run in the new shoes", "新しいシューズで初めて走る")),
        _touch("pp_notice", PP, ("Delivery status and ready-for-pickup notice by text message",
                                 "配送状況と受け取り準備完了のショートメッセージ通知"),
               ("Text message", "ショートメッセージ"), DIGITAL, ONLINE, ("Logistics", "物流部"),
               mot=True),
        _touch("pp_pickup", PP, ("Pick-up counter: show the QR code from the app",
                                 "受け取りカウンターでアプリのQRコードを提示"),
               STORE, PHYSICAL, OMO, STORES),
        _touch("pp_box", PP, ("Shoe box with a printed care guide",
                              "お手入れガイド同梱のシューズ箱"),
               ("Packaging", "パッケージ"), PHYSICAL, OFFLINE, ("Merchandising", "商品部")),
        _touch("pp_followup", PP, ("Follow-up email with running tips",
                                   "ランニングのコツを紹介するフォローメール"),
               EMAIL, DIGITAL, ONLINE, CRM),
        _touch("pp_support", PP, ("Phone support to exchange the size", "サイズ交換の電話サポート"),
               PHONE_SUPPORT, HUMAN, OFFLINE, SERVICE, mot=True,
               exit_reason=("Refund request when the exchange size is out of stock",
                            "交換サイズの在庫切れによる返金依頼")),
        _touch("pp_survey", PP, ("Satisfaction survey (CSAT) email",
                                 "顧客満足度（CSAT）アンケートメール"),
               EMAIL, DIGITAL, ONLINE, CX),
        _thought(PP, ("The pick-up notice came a day late — was the order lost?",
                      "受け取り通知が1日遅れた。注文が消えたのかと思った。")),
        _pain(PP, ("Late pick-up notice; a queue at the counter at lunchtime",
                   "通知が遅れる上、昼時は受け取りカウンターが混雑する"), 3, 4),
        _pain(PP, ("Exchanges only by phone during office hours", "交換の受付が平日日中の電話のみ"),
              2, 4),
        _opportunity(PP, ("Self-service exchange in the app, drop-off at any store",
                          "アプリで交換を申し込み、どの店舗でも返送できるようにする"),
                     4, 4, SERVICE),
        _backstage(PP, ("Warehouse ships to the store; staff confirm arrival in the POS",
                        "倉庫から店舗へ出荷し、スタッフがPOSで入荷を確認")),

        _action(LO, ("Joins the loyalty programme and writes a review",
                     "会員プログラムに登録し、レビューを書く")),
        _action(LO, ("Recommends the store to her running club", "ランニング仲間にお店を勧める")),
        _touch("l_program", LO, ("Loyalty programme: app points usable online and in store",
                                 "会員プログラム：アプリのポイントをネットでも店舗でも利用可能"),
               APP, DIGITAL, OMO, CRM),
        _touch("l_review", LO, ("Review request email", "レビュー依頼メール"),
               EMAIL, DIGITAL, ONLINE, ECOM),
        _touch("l_event", LO, ("Members' running event at the store",
                               "店舗主催の会員向けランニングイベント"),
               EVENT, HUMAN, OFFLINE, STORES),
        _touch("l_social", LO, ("Shares her run with the brand hashtag",
                                "ブランドのハッシュタグを付けてランを投稿"),
               SOCIAL, DIGITAL, ONLINE, MARKETING),
        _thought(LO, ("Points are nice, but I only buy shoes twice a year.",
                      "ポイントは嬉しいけど、靴を買うのは年に2回くらい。")),
        _pain(LO, ("Points expire after six months", "ポイントの有効期限が6か月と短い"), 3, 3),
        _opportunity(LO, ("Replacement reminder after about 600 km, with a member coupon",
                          "走行距離600km前後で買い替え案内と会員クーポンを送る"), 4, 2, CRM),
        _backstage(LO, ("CRM segments customers by purchase history",
                        "CRMで購入履歴をもとに顧客をセグメント化")),
    ),
    markers=(
        MarkerSpec(AW, 0.3, 0, ("Curious", "興味")),
        MarkerSpec(AW, 0.8, 1, ("Inspired", "期待")),
        MarkerSpec(CO, 0.3, 0, ("Unsure about size", "サイズが不安")),
        MarkerSpec(CO, 0.8, 2, ("They fit!", "試着で納得")),
        MarkerSpec(PU, 0.5, -2, ("Surprise shipping fee", "送料に不満")),
        MarkerSpec(PU, 0.9, 0, ("Relieved", "ひと安心")),
        MarkerSpec(PP, 0.3, -1, ("Late notice", "通知が遅い")),
        MarkerSpec(PP, 0.8, 1, ("Great first run", "走り心地が良い")),
        MarkerSpec(LO, 0.5, 2, ("Recommends", "人に勧める")),
    ),
    links=(
        LinkSpec("a_social", "c_pdp", label=("Clicks through", "リンクから訪問")),
        LinkSpec("a_ad", "c_web", label=("Clicks the ad", "広告をクリック")),
        LinkSpec("c_web", "c_pdp"),
        LinkSpec("c_pdp", "c_reviews"),
        LinkSpec("c_reviews", "c_coupon", SWITCH, ("Web → store", "Web → 店舗")),
        LinkSpec("c_coupon", "p_cart", SWITCH, ("Store → web (size out of stock)",
                                                "店舗 → Web（サイズ在庫なし）")),
        LinkSpec("p_cart", "p_cc"),
        LinkSpec("p_cc", "p_payment"),
        LinkSpec("p_payment", "p_confirm"),
        LinkSpec("p_confirm", "pp_notice"),
        LinkSpec("pp_notice", "pp_pickup", SWITCH, ("Phone → store pick-up",
                                                    "スマホ → 店舗受け取り")),
        LinkSpec("pp_pickup", "pp_followup"),
        LinkSpec("pp_followup", "pp_survey"),
        LinkSpec("pp_survey", "l_program"),
    ),
)

DI, TR, SE, AD, RE = "discover", "trial", "setup", "adoption", "renewal"

SAAS_ONBOARDING = TemplateSpec(
    title=("B2B SaaS onboarding journey", "BtoB SaaSオンボーディングジャーニー"),
    description=(
        "An operations manager discovers, trials, adopts and renews a team work-management tool.",
        "業務部長がチーム向けの業務管理ツールを知り、試し、定着させ、契約を更新するまで。"),
    persona=PersonaSpec(
        name=("Daniel Reyes", "田中 健一"),
        role=("Head of Operations at a 60-person logistics firm",
              "物流会社（従業員60名）の業務部長"),
        age=41,
        location=("Rotterdam, Netherlands", "大阪府大阪市"),
        quote=("If my team isn't using it by week two, it will never be used.",
               "2週間でチームが使い始めなければ、そのツールは結局使われない。"),
        goals=(("Replace spreadsheets and email for tracking work",
                "Excelとメールでの案件管理から脱却する"),
               ("Show management a measurable time saving", "削減できた工数を経営層に数字で示す")),
        needs=(("Setup without the IT department", "情報システム部に頼らず設定できること"),
               ("Import of existing data", "既存データを取り込めること"),
               ("Clear per-seat pricing", "ユーザー数に応じた明確な料金")),
        frustrations=(("Pushy sales calls", "しつこい営業電話"),
                      ("Tools the team abandons", "導入しても定着しないツール"),
                      ("Complex permission settings", "複雑な権限設定")),
        channels=(("Webinars", "ウェビナー"), ("Review sites", "比較サイト"), EMAIL,
                  ("Trade shows", "展示会")),
        source=("Trade-show booth and a peer's recommendation", "展示会ブースと同業者の紹介"),
        first_time=True,
    ),
    stages=(
        StageSpec(DI, ("Discover", "認知・情報収集"),
                  ("He looks for a better way to manage his team's work.",
                   "チームの業務管理をもっと良くする方法を探す。"),
                  ("Make the shortlist", "比較検討の候補に入る"), STAGE_COLORS[0]),
        StageSpec(TR, ("Sign up & trial", "登録・トライアル"),
                  ("He starts a 14-day free trial.", "14日間の無料トライアルを始める。"),
                  ("Sign-up in under two minutes", "2分以内で登録が完了する"), STAGE_COLORS[1]),
        StageSpec(SE, ("Setup & first value", "初期設定・価値の実感"),
                  ("He imports data and runs the first real workflow.",
                   "データを取り込み、最初の業務フローを動かす。"),
                  ("First value within three days", "3日以内に価値を実感してもらう"),
                  STAGE_COLORS[2]),
        StageSpec(AD, ("Adoption & purchase", "定着・有償化"),
                  ("The team uses it daily and he decides whether to pay.",
                   "チームが日常的に使い始め、有償契約を判断する。"),
                  ("Three active users and a paid plan", "アクティブユーザー3名以上と有償契約"),
                  STAGE_COLORS[3]),
        StageSpec(RE, ("Renewal & expansion", "更新・拡大"),
                  ("He renews and rolls it out to other departments.",
                   "契約を更新し、他部署へ展開する。"),
                  ("Renewal with more seats", "ライセンス数を増やして更新"), STAGE_COLORS[4]),
    ),
    lanes=STANDARD_LANES,
    cards=(
        _action(DI, ("Searches for 'task management for operations teams'",
                     "「業務部門 タスク管理」で検索する")),
        _action(DI, ("Watches a webinar and reads comparison sites",
                     "ウェビナーを視聴し、比較サイトを読む")),
        _touch("s_webinar", DI, ("Webinar: automating operations workflows",
                                 "ウェビナー「業務フロー自動化の始め方」"),
               ("Webinar", "ウェビナー"), DIGITAL, ONLINE, MARKETING),
        _touch("s_compare", DI, ("Software review and comparison sites",
                                 "SaaS比較・レビューサイト"),
               ("Review sites", "比較サイト"), DIGITAL, ONLINE, MARKETING),
        _touch("s_expo", DI, ("Trade-show booth with a QR code to start a trial",
                              "展示会ブース（QRコードからトライアル登録）"),
               ("Trade show", "展示会"), HUMAN, OMO, SALES),
        _touch("s_pricing", DI, ("Pricing page", "料金ページ"), WEB, DIGITAL, ONLINE, MARKETING),
        _thought(DI, ("Will my team actually use yet another tool?",
                      "また新しいツールを入れて、チームは本当に使うだろうか。")),
        _pain(DI, ("No public price above 50 users", "50ユーザーを超える料金が公開されていない"),
              3, 3),
        _opportunity(DI, ("Publish volume pricing with an ROI calculator",
                          "ボリューム料金とROI試算ツールを公開する"), 3, 2, MARKETING),
        _backstage(DI, ("Leads scored and routed to sales in the CRM",
                        "CRMでリードをスコアリングし、営業へ振り分ける")),

        _action(TR, ("Signs up with his work email", "会社のメールアドレスで登録する")),
        _action(TR, ("Skims the welcome email", "ウェルカムメールにざっと目を通す")),
        _touch("s_signup", TR, ("Sign-up form and verification email", "登録フォームと認証メール"),
               WEB, DIGITAL, ONLINE, ("Growth team", "グロースチーム")),
        _touch("s_welcome", TR, ("Welcome email series (days 0, 2 and 5)",
                                 "ウェルカムメール（0日目・2日目・5日目）"),
               EMAIL, DIGITAL, ONLINE, ("Lifecycle marketing", "CRMマーケティング")),
        _touch("s_sdr", TR, ("Call from a sales rep", "インサイドセールスからの電話"),
               ("Phone", "電話"), HUMAN, OFFLINE, SALES),
        _thought(TR, ("I just want to try it, not talk to sales yet.",
                      "まずは自分で試したい。営業と話すのはまだ早い。")),
        _pain(TR, ("A sales call before he has even logged in",
                   "ログインする前に営業電話がかかってくる"), 4, 2),
        _opportunity(TR, ("Contact trials only after activation events",
                          "利用開始のシグナルを確認してから営業が連絡する"), 3, 2, SALES),
        _backstage(TR, ("Trial workspace provisioned automatically", "トライアル環境を自動で発行")),

        _action(SE, ("Imports tasks from a spreadsheet", "スプレッドシートからタスクを取り込む")),
        _action(SE, ("Builds the first workflow with the CSM",
                     "カスタマーサクセス担当と最初のワークフローを作る")),
        _touch("s_wizard", SE, ("In-app setup wizard with a sample project",
                                "サンプルプロジェクト付きの初期設定ウィザード"),
               IN_APP, DIGITAL, ONLINE, PRODUCT, mot=True),
        _touch("s_import", SE, ("CSV import", "CSVインポート"), IN_APP, DIGITAL, ONLINE, PRODUCT),
        _touch("s_docs", SE, ("Help centre articles and video tutorials",
                              "ヘルプセンター記事と動画チュートリアル"),
               ("Help centre", "ヘルプセンター"), DIGITAL, ONLINE, SUPPORT),
        _touch("s_kickoff", SE, ("Onboarding call with a customer success manager",
                                 "カスタマーサクセス担当とのオンボーディング面談"),
               VIDEO, HUMAN, ONLINE, CS, mot=True),
        _thought(SE, ("If this replaces the Monday status meeting, it's worth it.",
                      "月曜の進捗会議がなくなるなら、導入する価値がある。")),
        _pain(SE, ("CSV import fails on date formats exported from Excel",
                   "Excelから出力したCSVの日付形式で取り込みに失敗する"), 3, 4),
        _opportunity(SE, ("Import preview that fixes dates and shows errors per row",
                          "取り込み前に日付を補正し、行ごとにエラーを表示するプレビュー"),
                     4, 3, PRODUCT),
        _backstage(SE, ("Activation events tracked in product analytics",
                        "プロダクト分析でアクティベーション指標を計測")),

        _action(AD, ("Invites his team and assigns the first tasks",
                     "チームを招待し、最初のタスクを割り当てる")),
        _action(AD, ("Compares plans and asks finance for approval", "プランを比較し、稟議を回す")),
        _touch("s_invite", AD, ("Team invitations and roles", "メンバー招待と権限設定"),
               IN_APP, DIGITAL, ONLINE, PRODUCT),
        _touch("s_chat", AD, ("Live chat support about permissions",
                              "権限設定についてのチャットサポート"),
               CHAT, DIGITAL, ONLINE, SUPPORT),
        _touch("s_report", AD, ("Weekly usage report email", "週次の利用状況レポートメール"),
               EMAIL, DIGITAL, ONLINE, CS),
        _touch("s_trialend", AD, ("Trial-ending notice and upgrade page",
                                  "トライアル終了のお知らせとアップグレード画面"),
               IN_APP, DIGITAL, ONLINE, ("Growth team", "グロースチーム"), mot=True,
               exit_reason=("Trial not converted (~75%): team never invited, no value by day 14",
                            "トライアル未転換（約75%）：チームを招待せず、14日目までに価値を実感できない")),
        _thought(AD, ("Half the team hasn't logged in yet. Can I justify paying?",
                      "チームの半分がまだログインしていない。これで稟議を通せるだろうか。")),
        _pain(AD, ("Invitations land in spam; roles are confusing",
                   "招待メールが迷惑メールに入り、権限の違いも分かりにくい"), 4, 4),
        _opportunity(AD, ("Invite checklist, and a CSM nudge on day 5 if fewer than 3 users",
                          "招待チェックリストを用意し、5日目に3名未満ならCSが声をかける"),
                     5, 2, CS),
        _backstage(AD, ("Billing account and invoice set up for the paid plan",
                        "有償プランの請求アカウントと請求書を設定")),

        _action(RE, ("Reviews results with management before renewal",
                     "更新前に経営層と導入効果を振り返る")),
        _action(RE, ("Rolls it out to the warehouse team", "倉庫チームにも展開する")),
        _touch("s_qbr", RE, ("Quarterly business review with the CSM",
                             "カスタマーサクセス担当との四半期レビュー"),
               VIDEO, HUMAN, ONLINE, CS, mot=True),
        _touch("s_invoice", RE, ("Renewal reminder and invoice", "更新案内と請求書"),
               EMAIL, DIGITAL, ONLINE, ("Finance", "経理部"),
               exit_reason=("Churn at renewal: unused seats and an unexplained price rise",
                            "更新時の解約：使われていないライセンスと説明のない値上げ")),
        _touch("s_nps", RE, ("In-app NPS survey", "アプリ内NPSアンケート"),
               IN_APP, DIGITAL, ONLINE, CX),
        _touch("s_meetup", RE, ("User group meetup with other customers",
                                "他社ユーザーと交流できるユーザー会"),
               EVENT, HUMAN, OFFLINE, MARKETING),
        _thought(RE, ("I need numbers that show this paid off.",
                      "効果が出たことを数字で示したい。")),
        _pain(RE, ("Renewal invoice arrives with no usage summary",
                   "利用実績の説明がないまま更新の請求書が届く"), 2, 3),
        _opportunity(RE, ("Send a value report 60 days before renewal",
                          "更新60日前に導入効果レポートを送る"), 4, 2, CS),
        _backstage(RE, ("Health score from usage flags accounts at risk",
                        "利用状況のヘルススコアで解約リスクを検知")),
    ),
    markers=(
        MarkerSpec(DI, 0.4, 1, ("Hopeful", "期待")),
        MarkerSpec(DI, 0.9, 0, ("Pricing unclear", "料金が不明瞭")),
        MarkerSpec(TR, 0.3, 1, ("Quick sign-up", "登録が簡単")),
        MarkerSpec(TR, 0.8, -1, ("Pushy sales call", "営業電話が煩わしい")),
        MarkerSpec(SE, 0.3, -2, ("Import fails", "取り込み失敗")),
        MarkerSpec(SE, 0.8, 2, ("First workflow live", "最初のフローが稼働")),
        MarkerSpec(AD, 0.4, -1, ("Team not on board", "チームが使わない")),
        MarkerSpec(AD, 0.9, 1, ("Team on board", "チームに定着")),
        MarkerSpec(RE, 0.6, 1, ("Sees the ROI", "効果を実感")),
    ),
    links=(
        LinkSpec("s_webinar", "s_pricing"),
        LinkSpec("s_compare", "s_pricing"),
        LinkSpec("s_expo", "s_signup", SWITCH, ("Booth QR code → web", "展示会のQRコード → Web")),
        LinkSpec("s_pricing", "s_signup", label=("Starts a trial", "トライアル開始")),
        LinkSpec("s_signup", "s_welcome"),
        LinkSpec("s_welcome", "s_wizard"),
        LinkSpec("s_wizard", "s_import"),
        LinkSpec("s_import", "s_kickoff", SWITCH, ("Self-service → video call",
                                                  "セルフ設定 → ビデオ会議")),
        LinkSpec("s_kickoff", "s_invite"),
        LinkSpec("s_invite", "s_trialend"),
        LinkSpec("s_trialend", "s_qbr", label=("Upgrades", "有償化")),
        LinkSpec("s_qbr", "s_invoice"),
    ),
)

PR, SK, CT, RS, FU = "problem", "seek_help", "contact", "resolution", "follow_up"

SUPPORT_JOURNEY = TemplateSpec(
    title=("Customer support journey", "カスタマーサポートジャーニー"),
    description=(
        "A home-internet outage: self-help, contacting support, resolution and follow-up.",
        "自宅のインターネット回線の障害：自己解決、問い合わせ、解決、フォローアップ。"),
    persona=PersonaSpec(
        name=("Sarah Mitchell", "鈴木 彩"),
        role=("Freelance illustrator working from home",
              "在宅で働くフリーランスのイラストレーター"),
        age=29,
        location=("Bristol, UK", "福岡県福岡市"),
        quote=("When the internet is down I can't work. Just tell me when it'll be fixed.",
               "ネットが止まると仕事にならない。いつ直るのかだけでも教えてほしい。"),
        goals=(("Get back online before a client deadline", "締め切り前に通信を復旧させる"),
               ("Explain the problem only once", "同じ説明を何度も繰り返さない")),
        needs=(("Status updates with an estimated fix time", "復旧見込み時刻の案内"),
               ("Reach a person quickly", "すぐに担当者と話せること"),
               ("Fair compensation for outages", "障害時の適切な補償")),
        frustrations=(("Long hold times", "長い保留時間"),
                      ("Chatbots that go round in circles", "堂々巡りのチャットボット"),
                      ("All-day technician windows", "一日がかりの訪問待ち")),
        channels=(APP, CHAT, SOCIAL, ("Phone", "電話")),
        source=("Customer for three years", "契約3年目の既存顧客"),
        first_time=False,
    ),
    stages=(
        StageSpec(PR, ("Problem occurs", "問題発生"),
                  ("The internet goes down in the middle of work.",
                   "仕事中にインターネットが切れる。"),
                  ("Tell her before she has to ask", "問い合わせる前に知らせる"), STAGE_COLORS[0]),
        StageSpec(SK, ("Seek help", "情報収集・自己解決"),
                  ("She tries to fix it herself and looks for answers.",
                   "自分で直そうとし、答えを探す。"),
                  ("Solve it without a call", "電話せずに解決できる"), STAGE_COLORS[1]),
        StageSpec(CT, ("Contact support", "問い合わせ"),
                  ("She reaches an agent by phone, chat or email.",
                   "電話・チャット・メールで担当者に連絡する。"),
                  ("One contact, no repetition", "一度の連絡で、同じ説明をさせない"),
                  STAGE_COLORS[2]),
        StageSpec(RS, ("Resolution", "解決"),
                  ("The fault is diagnosed and fixed.", "原因が特定され、修理される。"),
                  ("Fixed at the first attempt", "初回の対応で解決する"), STAGE_COLORS[3]),
        StageSpec(FU, ("Follow-up", "フォローアップ"),
                  ("She is asked for feedback and compensated.",
                   "アンケートに答え、補償を受ける。"),
                  ("Win back her trust", "信頼を取り戻す"), STAGE_COLORS[4]),
    ),
    lanes=STANDARD_LANES,
    cards=(
        _action(PR, ("Restarts the router twice", "ルーターを2回再起動する")),
        _action(PR, ("Checks on her phone whether others are affected",
                     "スマートフォンで他の人も繋がらないか調べる")),
        _touch("r_router", PR, ("Router status light blinks red", "ルーターのランプが赤く点滅"),
               ("Device", "機器"), PHYSICAL, OFFLINE, ("Device team", "機器担当")),
        _touch("r_status", PR, ("Service status page", "障害情報ページ"),
               WEB, DIGITAL, ONLINE, ("Network operations", "ネットワーク運用部")),
        _touch("r_social", PR, ("Asks on social media whether others are down",
                                "SNSで「他にも繋がらない人いる？」と投稿"),
               SOCIAL, DIGITAL, ONLINE, ("Social media team", "SNS運用チーム")),
        _thought(PR, ("My client deadline is today. How long will this take?",
                      "今日がクライアントの締め切りなのに。いつ直るの？")),
        _pain(PR, ("No proactive outage notice; she finds out herself",
                   "障害の通知がなく、自分で気づくしかない"), 4, 3),
        _opportunity(PR, ("Push outage alerts with an estimated fix time by text and app",
                          "SMSとアプリで障害と復旧見込み時刻を自動通知する"),
                     5, 3, ("Network operations", "ネットワーク運用部")),
        _backstage(PR, ("Network monitoring detects the fault 20 minutes later",
                        "ネットワーク監視が20分遅れで障害を検知")),

        _action(SK, ("Searches the FAQ for 'red light'", "FAQで「赤ランプ」を検索する")),
        _action(SK, ("Asks the chatbot on the help desk portal",
                     "サポートサイトのチャットボットに質問する")),
        _touch("r_faq", SK, ("FAQ and troubleshooting guide",
                             "よくある質問（FAQ）とトラブルシューティングガイド"),
               ("FAQ", "よくある質問"), DIGITAL, ONLINE, SUPPORT),
        _touch("r_bot", SK, ("Chatbot on the help desk portal", "サポートサイトのチャットボット"),
               ("Chatbot", "チャットボット"), DIGITAL, ONLINE, SUPPORT),
        _touch("r_forum", SK, ("User community forum", "ユーザーコミュニティ掲示板"),
               ("Community", "コミュニティ"), DIGITAL, ONLINE, ("Community team",
                                                          "コミュニティ運営")),
        _thought(SK, ("These articles don't match what I see.", "記事の説明と自分の状況が違う。")),
        _pain(SK, ("The chatbot loops back to the same FAQ articles",
                   "チャットボットが同じFAQ記事を繰り返し案内する"), 4, 3),
        _opportunity(SK, ("Hand over from chatbot to a person with the conversation history",
                          "会話履歴ごとチャットボットから有人対応へ引き継ぐ"), 4, 3, SUPPORT),
        _backstage(SK, ("FAQ updated monthly from ticket trends",
                        "問い合わせ傾向をもとにFAQを毎月更新")),

        _action(CT, ("Calls the support hotline and waits on hold",
                     "サポート窓口に電話し、保留で待つ")),
        _action(CT, ("Repeats her customer number and the problem twice",
                     "顧客番号と症状を2回繰り返し伝える")),
        _touch("r_phone", CT, ("Phone support hotline (menu and queue)",
                               "電話サポート窓口（音声ガイダンスと待ち行列）"),
               PHONE_SUPPORT, HUMAN, OFFLINE, ("Call centre", "コールセンター"), mot=True,
               exit_reason=("Hangs up after a 25-minute wait (~18% of callers abandon)",
                            "25分待たされて電話を切る（約18%が途中で離脱）")),
        _touch("r_chat", CT, ("Live chat with an agent", "オペレーターとのライブチャット"),
               CHAT, DIGITAL, ONLINE, SUPPORT),
        _touch("r_ticket", CT, ("Email ticket with a case number",
                                "受付番号付きのメール問い合わせ"),
               EMAIL, DIGITAL, ONLINE, SUPPORT),
        _thought(CT, ("Why do I have to explain everything again?",
                      "どうしてまた最初から説明しなきゃいけないの？")),
        _pain(CT, ("Long hold times and repeating details to each agent",
                   "長い保留時間と、担当者が変わるたびの説明の繰り返し"), 5, 5),
        _opportunity(CT, ("Offer a callback and carry the case across channels",
                          "折り返し電話を選べるようにし、チャネル間で案件情報を引き継ぐ"),
                     5, 4, ("Call centre", "コールセンター")),
        _backstage(CT, ("Tickets routed by skill in the help desk system",
                        "ヘルプデスクシステムでスキル別にチケットを振り分け")),

        _action(RS, ("Runs a line test with the agent", "オペレーターと一緒に回線テストを行う")),
        _action(RS, ("Waits at home for the technician", "自宅で技術者の訪問を待つ")),
        _touch("r_remote", RS, ("Remote line diagnosis by the agent",
                                "オペレーターによる遠隔回線診断"),
               ("Remote diagnosis", "遠隔診断"), HUMAN, ONLINE, ("Technical support",
                                                             "技術サポート"),
               mot=True),
        _touch("r_visit", RS, ("Technician home visit", "技術者による訪問修理"),
               ("Home visit", "訪問"), HUMAN, OFFLINE, ("Field service", "フィールドサービス部"),
               mot=True),
        _touch("r_store", RS, ("Replacement router at a shop, booked online",
                               "Webで予約し、店舗で交換用ルーターを受け取る"),
               STORE, PHYSICAL, O2O, ("Retail shops", "販売店")),
        _thought(RS, ("Finally — but I lost half a working day.",
                      "やっと直った。でも半日仕事ができなかった。")),
        _pain(RS, ("The technician visit window is a whole day",
                   "訪問時間の枠が「終日」としか指定できない"), 3, 4),
        _opportunity(RS, ("Two-hour visit slots with live technician tracking",
                          "2時間単位の訪問枠と技術者の現在地表示"),
                     4, 4, ("Field service", "フィールドサービス部")),
        _backstage(RS, ("Technician dispatched through the field service system",
                        "フィールドサービスシステムで技術者を手配")),

        _action(FU, ("Answers the satisfaction survey", "満足度アンケートに回答する")),
        _action(FU, ("Checks her bill for compensation", "請求書で補償が反映されているか確認する")),
        _touch("r_close", FU, ("Ticket closed notice", "対応完了のお知らせ"),
               EMAIL, DIGITAL, ONLINE, SUPPORT),
        _touch("r_survey", FU, ("Satisfaction survey (CSAT) by email",
                                "メールでの満足度（CSAT）アンケート"),
               EMAIL, DIGITAL, ONLINE, CX),
        _touch("r_credit", FU, ("Service credit for the outage on the next bill",
                                "障害分の料金を翌月の請求から減額"),
               ("Bill", "請求書"), DIGITAL, ONLINE, ("Billing", "料金センター"), mot=True,
               exit_reason=("Churn: switches provider after repeated outages without compensation",
                            "解約：補償のないまま障害が続き、他社へ乗り換える")),
        _thought(FU, ("They fixed it, but I had to ask for the refund myself.",
                      "直してはくれたけど、返金は自分から頼まないといけなかった。")),
        _pain(FU, ("Compensation only if she asks for it",
                   "補償は自分から申し出ないと受けられない"),
              3, 3),
        _opportunity(FU, ("Automatic service credit with an apology message",
                          "自動で料金を減額し、お詫びのメッセージを送る"),
                     3, 2, ("Billing", "料金センター")),
        _backstage(FU, ("Root-cause review of the outage shared with support",
                        "障害の原因分析をサポート部門と共有")),
    ),
    markers=(
        MarkerSpec(PR, 0.3, -1, ("Annoyed", "イライラ")),
        MarkerSpec(PR, 0.8, -1, ("Worried about deadline", "締め切りが心配")),
        MarkerSpec(SK, 0.5, -1, ("Stuck with the chatbot", "チャットボットで行き詰まる")),
        MarkerSpec(CT, 0.4, -2, ("Angry on hold", "保留で怒り")),
        MarkerSpec(CT, 0.9, -1, ("Finally heard", "やっと話せた")),
        MarkerSpec(RS, 0.3, 0, ("Hopeful", "期待")),
        MarkerSpec(RS, 0.8, 2, ("Back online", "復旧して安心")),
        MarkerSpec(FU, 0.5, 1, ("Compensated", "補償に納得")),
    ),
    links=(
        LinkSpec("r_router", "r_status"),
        LinkSpec("r_status", "r_faq"),
        LinkSpec("r_faq", "r_bot"),
        LinkSpec("r_bot", "r_phone", SWITCH, ("Chatbot → phone", "チャットボット → 電話")),
        LinkSpec("r_phone", "r_ticket", label=("Case number by email", "受付番号をメールで通知")),
        LinkSpec("r_ticket", "r_remote"),
        LinkSpec("r_remote", "r_visit"),
        LinkSpec("r_remote", "r_store", SWITCH, ("Web booking → shop", "Web予約 → 店舗")),
        LinkSpec("r_visit", "r_close"),
        LinkSpec("r_close", "r_survey"),
        LinkSpec("r_survey", "r_credit"),
    ),
)

TEMPLATES: dict[str, TemplateSpec] = {
    "blank": BLANK,
    "ecommerce": ECOMMERCE,
    "saas-onboarding": SAAS_ONBOARDING,
    "support": SUPPORT_JOURNEY,
}
