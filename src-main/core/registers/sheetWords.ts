import type { RegisterName } from '../../contract';

/**
 * The words offices' own ledgers (台账) use for a register's columns and for its choices, where they differ from the
 * labels the app shows: what an import reads besides the labels. Data, one structure for every register: kept here,
 * beside the definitions, so a new word is a line of data and never a change to the import.
 *
 * `headers`: field key -> column headers meaning that field. `values`: field key -> option value -> words meaning
 * that option. Words are compared folded (width, case, spaces and punctuation ignored: see core/xlsx/words.ts), and
 * a register's own labels always win over a synonym that folds like one of them.
 */
export interface SheetWords {
  headers?: Record<string, string[]>;
  values?: Record<string, Record<string, string[]>>;
}

/** Words every register shares, for whichever of these field keys a register has. */
export const commonSheetWords: SheetWords = {
  headers: {
    partner: [
      '合作院校',
      '合作方',
      '对方院校',
      '合作伙伴',
      '合作单位',
      '对方学校',
      '合作学校',
      '外方院校',
      '外方机构',
      '外方单位',
      '伙伴院校',
      '合作机构',
    ],
    department: ['部门', '单位', '所在单位', '所在部门', '院系', '学院', '责任单位', '归口单位', '二级单位', '院系部门'],
    notes: ['备注', '说明', '附注', '其他说明', '备注说明'],
    status: ['状态', '当前状态', '进展', '办理状态', '进度', '进展情况'],
    country: ['国别', '国家', '地区', '国家或地区', '国家和地区', '所在国家', '所在国家/地区', '国家（地区）'],
    city: ['所在城市'],
    signedDate: ['签订日期', '签署日期', '签约日期', '签署时间', '签订时间', '签约时间'],
    expiryDate: ['到期日', '到期日期', '有效期至', '截止日期', '失效日期', '有效期', '终止日期', '到期时间'],
    effectiveDate: ['生效日', '生效时间'],
    effectiveFrom: ['生效日', '生效时间', '起始日期', '执行日期'],
    effectiveTo: ['失效时间', '截止日期', '废止日期'],
    startDate: ['开始时间', '起始日期', '开始日期', '举办时间'],
    endDate: ['结束时间', '截止日期', '结束日期'],
    year: ['年份', '年度', '学年'],
    place: ['地点', '举办地点', '所在地'],
    annualPlan: ['年度计划', '所属年度计划'],
    planLine: ['计划编号', '计划项', '年度计划编号'],
    budgetEstimate: ['经费预算', '预算', '预算金额', '预算经费'],
    source: ['依据', '文件依据', '依据文件', '文号'],
  },
  values: {
    status: {
      cancelled: ['取消', '已撤销', '撤销', '作废'],
      active: ['有效', '生效', '已生效', '已签', '已签署', '执行中', '进行中', '运行', '正常', '在有效期内', '在执行'],
      planned: ['筹备', '拟开展', '计划中', '待开展'],
      approved: ['获批', '已获批', '批准', '已批复', '审批通过'],
      closed: ['办结', '已完成', '完成', '结束'],
    },
  },
};

/** Per register, in addition to the common words. */
export const sheetWords: Partial<Record<RegisterName, SheetWords>> = {
  partner: {
    headers: {
      nameZh: [
        '名称',
        '学校名称',
        '院校名称',
        '机构名称',
        '合作院校',
        '合作单位',
        '中文名',
        '院校',
        '学校',
        '单位名称',
        '合作院校名称',
        '合作机构',
        '院校中文名称',
        '机构中文名称',
        '合作方',
        '中文全称',
      ],
      nameOriginal: ['英文名称', '外文名称', '英文名', '原文名称', '外文名', '英文全称', '外文全称', '院校英文名称', '机构英文名称'],
      type: ['类型', '机构类别', '单位类型', '院校类型', '机构性质', '类别', '单位性质'],
      website: ['网址', '官网', '主页', '学校网址', '官方网站'],
      backgroundReview: ['背景审查情况', '审查情况', '背景调查', '审查结果', '背景审查结果'],
      department: ['负责单位', '对接部门', '联系部门', '归口部门', '牵头单位', '对接单位'],
    },
    values: {
      type: {
        university: ['高校', '院校', '学校', '大学', '学院', '高等院校', '高等学校', '综合性大学'],
        researchInstitute: ['研究机构', '科研院所', '研究所', '研究院', '研究中心', '科研单位'],
        tradeUnion: ['工会', '工会组织'],
        ngo: ['非政府组织', '国际组织', '社会组织', '民间组织'],
        government: ['政府', '政府部门', '政府机关', '官方机构'],
        other: ['其它', '企业', '公司'],
      },
      backgroundReview: {
        notStarted: ['未开始', '待审查', '未审'],
        inProgress: ['进行中', '审查中', '在审'],
        passed: ['通过', '已审查', '无异议', '合格'],
        concerns: ['有疑虑', '存疑', '有问题'],
        rejected: ['不通过', '未通过审查', '不合格'],
      },
    },
  },
  agreement: {
    headers: {
      title: ['名称', '协议', '协议标题', '合作协议', '协议全称', '协议名'],
      partner: ['签约方', '签约院校', '签约对象', '对方单位', '外方合作院校'],
      type: ['类型', '协议类别', '协议种类', '合作类型', '类别'],
      level: ['层级', '协议级别', '级别', '签约层级', '协议层次'],
      status: ['协议状态', '执行状态', '是否有效'],
      department: ['归口单位', '负责部门', '签约单位', '牵头单位'],
      departmentsInvolved: ['参与单位', '涉及院系', '参与院系', '涉及单位'],
      effectiveDate: ['起始日期', '开始日期', '生效起始日期'],
      autoRenewal: ['是否自动续期', '自动续签', '是否自动续签', '自动延期'],
      signatoryOurs: ['我方签字人', '中方签署人', '我校签署人', '我方签约人'],
      signatoryPartner: ['外方签署人', '对方签字人', '外方签字人', '对方签约人'],
    },
    values: {
      type: {
        frameworkMou: [
          '框架协议',
          '合作备忘录',
          '备忘录',
          'MOU',
          '谅解备忘录',
          '友好合作协议',
          '校际合作协议',
          '框架合作协议',
          '合作意向书',
        ],
        studentExchange: ['学生交换', '交换生', '学生交流协议', '学生交换协议'],
        teacherExchange: ['教师交流协议', '教师互访', '教师交换'],
        jointTraining: ['联合培养协议', '双学位', '2+2', '3+1', '学分互认'],
        cooperativeProgram: ['合作办学', '中外合作办学项目'],
        teacherTrainingBase: ['培训基地', '师资培训基地', '教师培训基地'],
        research: ['科研合作协议', '科研', '合作研究', '科研协议'],
      },
      level: { university: ['学校', '校级协议', '学校层面', '校际'], department: ['院级', '学院', '院系', '院系级协议', '院级协议'] },
      status: {
        draft: ['草稿', '拟签', '待签', '起草中'],
        underReview: ['审批中', '报批中', '审核中', '待审', '待审批'],
        expired: ['过期', '已过期', '失效', '到期', '已失效'],
        terminated: ['终止', '已中止', '解除', '已解除'],
      },
    },
  },
  delegation: {
    headers: {
      title: ['团组', '团名', '出访团组', '来访团组', '名称', '团组名'],
      direction: ['出访/来访', '团组类别', '方向', '出访或来访', '团组类型'],
      purpose: ['出访任务', '任务类型', '出访目的', '来访目的', '目的', '事由', '出访事由'],
      academic: ['是否教学科研类', '教学科研'],
      department: ['组团单位', '派出单位', '组团部门', '接待部门', '接待单位'],
      partner: ['邀请单位（合作院校）', '邀请院校', '接待院校'],
      hostName: ['邀请单位', '邀请方', '接待方', '邀请机构', '来访单位', '邀请单位名称'],
      departDate: ['出访日期', '出发日期', '出境日期', '来访日期', '抵达日期', '出访时间', '开始时间'],
      returnDate: ['回国日期', '返回日期', '入境日期', '离开日期', '结束时间', '返回时间'],
      approvalNumber: ['批文号', '任务批件号', '批准文号', '批件编号'],
      tripReport: ['出访报告', '总结报告', '接待报告'],
    },
    values: {
      direction: {
        outbound: ['出国', '出境', '出访团组', '因公出国', '出国（境）'],
        inbound: ['来华', '来校', '来访团组', '接待', '入境'],
      },
      purpose: {
        conference: ['会议', '参会', '国际会议', '学术会议', '出席会议'],
        training: ['培训', '访学', '进修', '研修'],
        negotiation: ['洽谈', '签约', '签署协议', '商谈合作', '合作洽谈'],
        studentProgram: ['学生交流', '带队', '学生交流项目'],
        leadershipVisit: ['领导出访', '校领导访问', '领导来访', '访问', '友好访问'],
        inspection: ['考察', '调研', '考察访问'],
      },
      status: {
        submitted: ['已报', '已上报', '申报中', '报批中', '已申请'],
        publicNotice: ['公示', '公示期'],
        travelling: ['在外', '出访中', '在访'],
        returned: ['已回国', '已返回', '已结束'],
        reportFiled: ['已提交报告', '报告已交'],
      },
    },
  },
  person: {
    headers: {
      name: ['名字', '中文姓名', '人员姓名'],
      nameOriginal: ['英文名', '外文名', '英文姓名', '外文姓名', '拼音', '姓名拼音', '护照姓名'],
      category: ['身份', '类别', '人员类型', '人员身份'],
      department: ['工作单位', '所在学院'],
      position: ['职务', '职称', '职务职称', '职位'],
      leadership: ['是否领导班子成员', '领导班子成员', '是否校领导', '是否班子成员'],
      phone: ['电话', '手机', '手机号', '联系方式', '手机号码'],
      email: ['邮箱', 'email', 'e-mail', '电子邮件', '邮件'],
      nationality: ['国别', '国家'],
      passportNumber: ['护照号', '证件号码', '护照编号'],
      passportType: ['护照种类', '证件类型'],
      passportExpiry: ['护照有效期', '护照到期日', '有效期至', '护照有效期限'],
    },
    values: {
      gender: { male: ['男性', 'M', '先生'], female: ['女性', 'F', '女士'] },
      category: {
        teacher: ['专任教师', '老师', '教职工', '教员'],
        staff: ['行政人员', '管理干部', '职工', '行政'],
        student: ['在校生', '研究生', '本科生', '学员'],
        foreignExpert: ['外教', '外籍教师', '外国专家', '专家'],
        visitor: ['来访者', '访客', '外宾'],
      },
      passportType: {
        official: ['因公', '公务护照', '公务普通护照', '因公普通护照', '公务'],
        private: ['因私', '普通护照', '因私普通护照', '私人护照'],
        diplomatic: ['外交'],
        foreign: ['外籍护照', '外国'],
      },
    },
  },
  program: {
    headers: {
      title: ['项目', '名称', '交流项目', '交流项目名称'],
      kind: ['项目类别', '类型', '类别', '交流类型'],
      level: ['项目对象', '面向对象', '参与对象', '派出对象'],
      startYear: ['起始年份', '启动年份', '开始年度'],
      annualQuota: ['名额', '年度名额', '派出名额', '每年派出人数'],
    },
    values: {
      level: {
        undergraduate: ['本科', '本科学生'],
        graduate: ['硕士', '博士', '研究生学生'],
        teacher: ['教职工', '老师'],
        mixed: ['学生和教师', '师生均可'],
      },
      status: { active: ['运行', '正常运行'], suspended: ['中止', '暂停中'], ended: ['结束', '终止', '已终止'] },
    },
  },
  mobility: {
    headers: {
      title: ['项目名称', '交流项目名称', '交流事由'],
      student: ['学生', '学生姓名', '姓名'],
      department: ['所在学院', '学院', '院系'],
      partner: ['接收院校', '留学院校', '交流院校', '前往院校', '派往院校', '对方院校'],
      hostName: ['接收单位', '前往单位'],
      kind: ['类型', '项目类型', '交流方式'],
      fromDate: ['出国日期', '出发日期', '开始日期', '派出时间', '出境时间'],
      toDate: ['回国日期', '结束日期', '返回日期', '返校时间'],
      creditsRecognised: ['认定学分', '学分', '转换学分'],
      fund: ['资助经费', '经费来源', '资助来源'],
    },
    values: {
      status: { planned: ['录取', '拟派出', '待出国'], abroad: ['在外', '在读', '已派出', '出国中'], returned: ['返校', '已回国', '回国'] },
    },
  },
  conference: {
    headers: {
      title: ['会议名称', '会议中文名称', '名称', '中文名称'],
      titleEn: ['英文名', '会议英文名称', '外文名称'],
      kind: ['会议类型', '类别', '会议类别'],
      role: ['我方角色', '办会方式', '角色'],
      mode: ['会议形式', '形式', '举办形式'],
      startDate: ['会议开始日期', '开幕日期', '会议时间', '召开时间'],
      endDate: ['闭幕日期', '会议结束日期'],
      place: ['会议地点', '举办地'],
      discipline: ['学科', '学科门类'],
      participantsTotal: ['参会人数', '与会人数', '总人数', '参会总人数'],
      participantsForeign: ['境外参会人数', '外宾人数', '境外人员人数', '外籍参会人数', '境外人数'],
      countryCount: ['国家和地区数', '涉及国家数', '国家（地区）数'],
      summary: ['总结', '会议总结报告'],
    },
    values: {
      kind: {
        conference: ['学术会议', '国际会议', '会议'],
        lectureForum: ['讲坛', '论坛', '学术讲坛'],
        workshop: ['研讨班', '工作坊', 'workshop'],
      },
      role: { host: ['主办方'], organiser: ['承办方'], coHost: ['合办', '联合主办', '协办', '合作主办'] },
      mode: {
        offline: ['现场', '线下会议', '实体'],
        online: ['网络', '线上会议', '视频会议', '在线'],
        hybrid: ['线上+线下', '混合', '线上线下'],
      },
      discipline: { socialScience: ['社科', '人文社会科学', '文科', '人文'], naturalScience: ['理工', '自科', '理科', '自然科学类'] },
      status: { applied: ['申报', '已报', '已申请'], held: ['已召开', '已举行', '举办', '已办'], closed: ['已结束'] },
    },
  },
  expert: {
    headers: {
      title: ['事项', '项目', '聘请项目'],
      person: ['专家姓名', '姓名', '外教姓名', '专家', '外教'],
      department: ['聘请单位', '用人单位', '聘用单位', '所在学院'],
      partner: ['来源院校', '派出院校', '派出单位', '原单位'],
      kind: ['专家类别', '类型', '人员类别'],
      position: ['聘任岗位', '职位', '任教岗位'],
      category: ['许可类别', '人才类别', '工作许可类型'],
      contractFrom: ['聘期开始', '合同起始日期', '聘期起', '合同开始日期'],
      contractTo: ['聘期结束', '合同截止日期', '合同到期日', '聘期止', '合同结束日期'],
      entryDate: ['入境时间', '来华日期', '到校日期'],
      workPermitNumber: ['工作许可号', '工作证号', '工作许可证编号'],
      workPermitExpiry: ['工作许可到期日', '工作许可有效期', '工作证有效期'],
      residencePermitNumber: ['居留许可证号', '居留证号'],
      residencePermitExpiry: ['居留许可到期日', '居留证有效期'],
    },
    values: {
      kind: {
        expert: ['专家', '外国专家', '外籍专家'],
        teacher: ['外教', '外籍教师'],
        languageTeacher: ['语言外教', '语言教师', '外语外教'],
      },
      category: { A: ['A类', '外国高端人才'], B: ['B类', '外国专业人才'], C: ['C类', '其他外国人员'] },
      status: {
        applying: ['申请', '办理中', '待审批'],
        arrived: ['已到校', '已抵达'],
        inPost: ['在职', '在聘', '在岗', '在校'],
        left: ['离任', '离职', '已离校', '期满离任', '已离职'],
      },
    },
  },
  training: {
    headers: {
      title: ['培训项目', '项目名称', '培训名称', '班次名称', '名称', '培训班名称'],
      department: ['承办单位', '主办单位'],
      funder: ['资助方', '来源', '项目类别'],
      funderName: ['资助单位', '资助机构'],
      audience: ['学员类型', '对象', '学员类别'],
      startDate: ['开班时间', '开始日期', '开班'],
      endDate: ['结业时间', '结束日期', '结业'],
      place: ['培训地点'],
      trainees: ['学员人数', '人数', '参训人数', '学员数'],
      countries: ['学员国别', '生源国', '来源国家', '国别', '学员来源国'],
    },
    values: {
      funder: {
        mofcom: ['商务部', '援外', '援外培训'],
        acftu: ['全总', '全国总工会'],
        internationalOrganisation: ['国际组织项目'],
        university: ['自筹', '学校', '学校经费'],
      },
      audience: {
        tradeUnionCadres: ['工会干部', '外国工会干部'],
        ngoStaff: ['NGO人员', '非政府组织人员'],
        officials: ['官员', '政府官员', '发展中国家政府官员'],
      },
      status: { approved: ['立项', '已批准'], running: ['在办', '培训中', '进行中'], completed: ['已完成', '结业', '已结束'] },
    },
  },
  studentIntake: {
    headers: {
      title: ['项目', '事项'],
      kind: ['学生类别', '类型', '留学生类别'],
      department: ['培养单位', '管理单位', '学院', '培养学院'],
      count: ['学生人数', '招生人数', '留学生人数', '数量'],
      countries: ['生源国', '国别', '来源国家', '生源国别'],
      date: ['时间', '入学日期', '获批日期'],
    },
    values: {
      kind: {
        degree: ['学历', '学历留学生', '学历教育'],
        shortTermVisiting: ['短期生', '非学历', '短期访问', '短期留学生'],
        tradeUnionCadre: ['工会干部研修生', '研修生'],
        qualificationApplied: ['资格申请', '申请招生资格'],
        qualificationGranted: ['获得资格', '招生资格获批'],
      },
    },
  },
  fund: {
    headers: {
      name: ['经费项目', '项目名称', '名称', '经费'],
      fiscalYear: ['年度', '预算年度', '财年', '年份'],
      kind: ['类别', '经费类型'],
      total: ['总额', '金额', '预算总额', '经费总额', '预算金额'],
    },
  },
  allocation: {
    headers: { title: ['分配事项', '事项'], fund: ['经费来源', '经费名称'], amount: ['分配额', '分配金额', '金额'] },
  },
  expense: {
    headers: {
      description: ['事由', '支出事项', '用途', '内容'],
      allocation: ['经费', '列支经费', '经费来源'],
      category: ['支出类别', '费用科目', '科目', '开支类别'],
      date: ['支出日期', '报销日期', '发生日期'],
      currency: ['货币', '币别'],
      amount: ['金额', '支出金额', '外币金额'],
      rate: ['汇率'],
    },
    values: {
      stage: { planned: ['预算', '预计', '计划'], actual: ['实际', '实际发生', '决算', '已支出'] },
      category: {
        internationalTravel: ['国际机票', '机票', '国际旅费', '往返机票'],
        intercityTransport: ['城市间交通费', '交通费'],
        lodging: ['住宿', '酒店'],
        food: ['伙食', '餐费', '伙食补助'],
        miscellaneous: ['公杂', '杂费', '公杂费'],
        visaInsuranceRegistration: ['签证费', '保险费', '注册费', '会议注册费'],
      },
      currency: {
        CNY: ['人民币', 'RMB', '元'],
        USD: ['美元', '美金'],
        EUR: ['欧元'],
        GBP: ['英镑'],
        JPY: ['日元'],
        KRW: ['韩元'],
        HKD: ['港币', '港元'],
        MOP: ['澳门元', '澳门币'],
        TWD: ['新台币', '台币'],
        AUD: ['澳元'],
        CAD: ['加元', '加币'],
        CHF: ['瑞士法郎'],
      },
    },
  },
  annualPlan: { headers: { title: ['名称', '计划'], summary: ['总结', '年度工作总结'] } },
  travelStandard: {
    headers: {
      lodging: ['住宿费标准', '住宿标准', '住宿费'],
      food: ['伙食费标准', '伙食标准', '伙食费'],
      misc: ['公杂费标准', '公杂费'],
      currency: ['货币', '币别'],
    },
  },
  department: {
    headers: {
      code: ['部门代码', '单位代码', '编码'],
      nameZh: ['部门名称', '单位名称', '名称'],
      nameEn: ['英文名'],
      liaisonOfficer: ['联络员', '外事秘书'],
    },
  },
};

/** A yes/no cell as offices write it. */
export const yesNoWords: { yes: string[]; no: string[] } = {
  yes: ['是', 'yes', 'y', 'true', '1', '√', '✓', '✔', '有', '对', 'T'],
  no: ['否', 'no', 'n', 'false', '0', '×', '✗', '无', '没有', 'F'],
};

/**
 * Other names of countries and regions than the list's own zh/en names and codes, by ISO 3166 code. They count only
 * where the field's options hold that code, so a longer country list takes them as it is.
 */
export const countryWords: Record<string, string[]> = {
  GB: [
    'UK',
    'U.K.',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    '英格兰',
    '苏格兰',
    '威尔士',
    '北爱尔兰',
    '大不列颠',
    '联合王国',
    '大不列颠及北爱尔兰联合王国',
    '英联邦',
  ],
  US: ['USA', 'U.S.', 'U.S.A.', 'America', 'United States of America', '美利坚合众国', '美利坚', '美'],
  KR: ['Korea', 'Republic of Korea', '大韩民国', '南韩'],
  RU: ['Russian Federation', '俄罗斯联邦', '俄国'],
  DE: ['德意志联邦共和国', 'Deutschland'],
  FR: ['法兰西共和国', 'France'],
  JP: ['日本国'],
  NL: ['Holland', 'the Netherlands', '尼德兰'],
  CZ: ['Czech Republic', '捷克共和国'],
  TR: ['Turkey', 'Turkiye', '土耳其共和国'],
  AE: ['UAE', '阿拉伯联合酋长国'],
  VN: ['Viet Nam', '越南社会主义共和国'],
  NZ: ['纽西兰'],
  AU: ['澳洲'],
  HK: ['香港', 'Hong Kong', '中国香港特别行政区', '香港特别行政区'],
  MO: ['澳门', 'Macao', 'Macau', '中国澳门特别行政区', '澳门特别行政区'],
  TW: ['台湾', '台湾地区', 'Taiwan', '中国台湾地区'],
  CN: ['中华人民共和国', '中国大陆', 'PRC', 'P.R. China', "People's Republic of China", 'Chinese'],
  ZA: ['南非共和国'],
  IN: ['印度共和国'],
  EG: ['阿拉伯埃及共和国'],
};
