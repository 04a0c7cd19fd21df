/**
 * Names for demo people: common Chinese surnames (roughly by frequency, so the first ones are drawn more
 * often) and given names with their pinyin for e-mail addresses, and visitors' names per country in
 * Chinese transliteration and in their own script.
 */

export const surnames: [zh: string, pinyin: string][] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['黄', 'huang'],
  ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['胡', 'hu'], ['朱', 'zhu'], ['高', 'gao'], ['林', 'lin'],
  ['何', 'he'], ['郭', 'guo'], ['马', 'ma'], ['罗', 'luo'], ['梁', 'liang'], ['宋', 'song'], ['郑', 'zheng'], ['谢', 'xie'],
  ['韩', 'han'], ['唐', 'tang'], ['冯', 'feng'], ['于', 'yu'], ['董', 'dong'], ['萧', 'xiao'], ['程', 'cheng'], ['曹', 'cao'],
  ['袁', 'yuan'], ['邓', 'deng'], ['许', 'xu'], ['傅', 'fu'], ['沈', 'shen'], ['曾', 'zeng'], ['彭', 'peng'], ['吕', 'lv'],
  ['苏', 'su'], ['卢', 'lu'], ['蒋', 'jiang'], ['蔡', 'cai'], ['贾', 'jia'], ['丁', 'ding'], ['魏', 'wei'], ['薛', 'xue'],
  ['叶', 'ye'], ['阎', 'yan'], ['余', 'yu'], ['潘', 'pan'], ['杜', 'du'], ['戴', 'dai'], ['夏', 'xia'], ['钟', 'zhong'],
  ['汪', 'wang'], ['田', 'tian'], ['任', 'ren'], ['姜', 'jiang'], ['范', 'fan'], ['方', 'fang'], ['石', 'shi'], ['姚', 'yao'],
  ['谭', 'tan'], ['廖', 'liao'], ['邹', 'zou'], ['熊', 'xiong'], ['金', 'jin'], ['陆', 'lu'], ['郝', 'hao'], ['孔', 'kong'],
  ['白', 'bai'], ['崔', 'cui'], ['康', 'kang'], ['毛', 'mao'], ['邱', 'qiu'], ['秦', 'qin'], ['江', 'jiang'], ['史', 'shi'],
  ['顾', 'gu'], ['侯', 'hou'], ['邵', 'shao'], ['孟', 'meng'], ['龙', 'long'], ['万', 'wan'], ['段', 'duan'], ['钱', 'qian'],
  ['汤', 'tang'], ['尹', 'yin'], ['黎', 'li'], ['易', 'yi'], ['常', 'chang'], ['武', 'wu'], ['乔', 'qiao'], ['贺', 'he'],
  ['欧阳', 'ouyang'], ['司马', 'sima'],
];

export const givenNames: Record<'male' | 'female', [zh: string, pinyin: string][]> = {
  male: [
    ['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'],
    ['超', 'chao'], ['刚', 'gang'], ['平', 'ping'], ['辉', 'hui'], ['鹏', 'peng'], ['华', 'hua'], ['飞', 'fei'], ['鑫', 'xin'],
    ['波', 'bo'], ['斌', 'bin'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'], ['峰', 'feng'], ['建国', 'jianguo'],
    ['志强', 'zhiqiang'], ['海涛', 'haitao'], ['晓东', 'xiaodong'], ['立新', 'lixin'], ['振华', 'zhenhua'], ['子轩', 'zixuan'],
    ['浩然', 'haoran'], ['思远', 'siyuan'], ['一鸣', 'yiming'], ['文博', 'wenbo'], ['国栋', 'guodong'], ['永刚', 'yonggang'],
  ],
  female: [
    ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['霞', 'xia'],
    ['玲', 'ling'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['颖', 'ying'], ['琳', 'lin'], ['洁', 'jie'], ['倩', 'qian'],
    ['秀英', 'xiuying'], ['晓燕', 'xiaoyan'], ['丹', 'dan'], ['萍', 'ping'], ['红梅', 'hongmei'], ['莉', 'li'], ['婧', 'jing'],
    ['璐', 'lu'], ['欣怡', 'xinyi'], ['雨涵', 'yuhan'], ['思琪', 'siqi'], ['梦瑶', 'mengyao'], ['诗涵', 'shihan'], ['佳慧', 'jiahui'],
  ],
};

export interface ForeignNames {
  /** Family name first and no separator (Japanese, Korean, Vietnamese, Chinese names abroad). */
  familyFirst: boolean;
  /** The original is written without a space (Korean, Taiwanese names). */
  joined?: true;
  given: [zh: string, original: string, gender: 'male' | 'female'][];
  /** A second pair gives the feminine form where the family name inflects (Russian and the like). */
  family: [zh: string, original: string, zhFeminine?: string, originalFeminine?: string][];
}

export const foreignNames: Record<string, ForeignNames> = {
  GB: { familyFirst: false, given: [['詹姆斯', 'James', 'male'], ['大卫', 'David', 'male'], ['莎拉', 'Sarah', 'female'], ['艾玛', 'Emma', 'female'], ['理查德', 'Richard', 'male']],
    family: [['威尔逊', 'Wilson'], ['汤普森', 'Thompson'], ['埃文斯', 'Evans'], ['克拉克', 'Clarke'], ['休斯', 'Hughes']] },
  US: { familyFirst: false, given: [['迈克尔', 'Michael', 'male'], ['罗伯特', 'Robert', 'male'], ['詹妮弗', 'Jennifer', 'female'], ['琳达', 'Linda', 'female'], ['凯文', 'Kevin', 'male']],
    family: [['约翰逊', 'Johnson'], ['米勒', 'Miller'], ['戴维斯', 'Davis'], ['加西亚', 'Garcia'], ['安德森', 'Anderson']] },
  DE: { familyFirst: false, given: [['汉斯', 'Hans', 'male'], ['克劳斯', 'Klaus', 'male'], ['安娜', 'Anna', 'female'], ['莎宾娜', 'Sabine', 'female'], ['于尔根', 'Jürgen', 'male']],
    family: [['穆勒', 'Müller'], ['施密特', 'Schmidt'], ['韦伯', 'Weber'], ['费舍尔', 'Fischer'], ['舒尔茨', 'Schulz']] },
  FR: { familyFirst: false, given: [['皮埃尔', 'Pierre', 'male'], ['让-吕克', 'Jean-Luc', 'male'], ['玛丽', 'Marie', 'female'], ['索菲', 'Sophie', 'female']],
    family: [['杜邦', 'Dupont'], ['勒菲弗', 'Lefèvre'], ['莫罗', 'Moreau'], ['贝尔纳', 'Bernard']] },
  IT: { familyFirst: false, given: [['马可', 'Marco', 'male'], ['朱塞佩', 'Giuseppe', 'male'], ['朱莉娅', 'Giulia', 'female'], ['基娅拉', 'Chiara', 'female']],
    family: [['罗西', 'Rossi'], ['比安奇', 'Bianchi'], ['罗马诺', 'Romano'], ['科隆博', 'Colombo']] },
  NL: { familyFirst: false, given: [['扬', 'Jan', 'male'], ['彼得', 'Pieter', 'male'], ['安娜莉丝', 'Annelies', 'female']],
    family: [['德弗里斯', 'de Vries'], ['扬森', 'Jansen'], ['范德伯格', 'van den Berg']] },
  BE: { familyFirst: false, given: [['吕克', 'Luc', 'male'], ['马克', 'Marc', 'male'], ['伊丽丝', 'Els', 'female']],
    family: [['佩特斯', 'Peeters'], ['扬森斯', 'Janssens'], ['梅滕斯', 'Maes']] },
  RU: { familyFirst: false, given: [['伊万', 'Иван', 'male'], ['谢尔盖', 'Сергей', 'male'], ['娜塔莉娅', 'Наталья', 'female'], ['叶连娜', 'Елена', 'female']],
    family: [['彼得罗夫', 'Петров', '彼得罗娃', 'Петрова'], ['伊万诺夫', 'Иванов', '伊万诺娃', 'Иванова'], ['斯米尔诺夫', 'Смирнов', '斯米尔诺娃', 'Смирнова']] },
  BY: { familyFirst: false, given: [['安德烈', 'Андрей', 'male'], ['奥莉加', 'Ольга', 'female']],
    family: [['科瓦廖夫', 'Ковалёв', '科瓦廖娃', 'Ковалёва'], ['诺维科夫', 'Новиков', '诺维科娃', 'Новикова']] },
  JP: { familyFirst: true, given: [['健一', '健一', 'male'], ['一郎', '一郎', 'male'], ['美咲', '美咲', 'female'], ['由美', '由美', 'female'], ['大辅', '大輔', 'male']],
    family: [['田中', '田中'], ['佐藤', '佐藤'], ['铃木', '鈴木'], ['山本', '山本'], ['渡边', '渡辺']] },
  KR: { familyFirst: true, joined: true, given: [['敏俊', '민준', 'male'], ['在原', '재원', 'male'], ['智妍', '지연', 'female'], ['秀珍', '수진', 'female']],
    family: [['金', '김'], ['朴', '박'], ['李', '이'], ['崔', '최']] },
  VN: { familyFirst: true, given: [['文雄', 'Văn Hùng', 'male'], ['明德', 'Minh Đức', 'male'], ['氏兰', 'Thị Lan', 'female'], ['氏花', 'Thị Hoa', 'female']],
    family: [['阮', 'Nguyễn'], ['陈', 'Trần'], ['黎', 'Lê']] },
  SG: { familyFirst: true, given: [['伟明', 'Wei Ming', 'male'], ['美玲', 'Mei Ling', 'female'], ['俊杰', 'Jun Jie', 'male']],
    family: [['陈', 'Tan'], ['林', 'Lim'], ['李', 'Lee']] },
  MY: { familyFirst: false, given: [['艾哈迈德', 'Ahmad', 'male'], ['努尔', 'Nur', 'female'], ['哈立德', 'Khalid', 'male']],
    family: [['易卜拉欣', 'Ibrahim'], ['阿卜杜拉', 'Abdullah'], ['哈桑', 'Hassan']] },
  TH: { familyFirst: false, given: [['颂猜', 'สมชาย', 'male'], ['玛丽雅', 'มาลี', 'female']],
    family: [['翁萨瓦', 'วงศ์สวัสดิ์'], ['西里旺', 'ศิริวัฒน์']] },
  AU: { familyFirst: false, given: [['马修', 'Matthew', 'male'], ['克莱尔', 'Claire', 'female'], ['本杰明', 'Benjamin', 'male']],
    family: [['布朗', 'Brown'], ['沃森', 'Watson'], ['泰勒', 'Taylor']] },
  CA: { familyFirst: false, given: [['丹尼尔', 'Daniel', 'male'], ['伊莎贝尔', 'Isabelle', 'female']],
    family: [['勒布朗', 'Leblanc'], ['麦克唐纳', 'MacDonald'], ['特伦布莱', 'Tremblay']] },
  BR: { familyFirst: false, given: [['若昂', 'João', 'male'], ['安娜', 'Ana', 'female'], ['卡洛斯', 'Carlos', 'male']],
    family: [['席尔瓦', 'Silva'], ['奥利维拉', 'Oliveira'], ['桑托斯', 'Santos']] },
  ZA: { familyFirst: false, given: [['西波', 'Sipho', 'male'], ['农兰拉', 'Nomvula', 'female']],
    family: [['恩德洛武', 'Ndlovu'], ['范德梅韦', 'van der Merwe']] },
  CH: { familyFirst: false, given: [['托马斯', 'Thomas', 'male'], ['玛丽亚', 'Maria', 'female'], ['卢卡', 'Luca', 'male']],
    family: [['贝格尔', 'Berger'], ['迈尔', 'Meier'], ['格拉内罗', 'Granero']] },
  HK: { familyFirst: true, given: [['家豪', 'Ka Ho', 'male'], ['嘉欣', 'Ka Yan', 'female'], ['志伟', 'Chi Wai', 'male']],
    family: [['陈', 'Chan'], ['黄', 'Wong'], ['李', 'Lee']] },
  MO: { familyFirst: true, given: [['志伟', 'Chi Wai', 'male'], ['嘉欣', 'Ka Ian', 'female']], family: [['梁', 'Leong'], ['何', 'Ho']] },
  TW: { familyFirst: true, joined: true, given: [['志明', '志明', 'male'], ['淑芬', '淑芬', 'female'], ['建宏', '建宏', 'male']],
    family: [['林', '林'], ['张', '張'], ['黄', '黃']] },
};
