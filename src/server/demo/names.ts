import type { Random } from './random';

/**
 * Generated Chinese names: surnames weighted roughly by frequency, given names from character
 * pools by gender. Names are unique across the whole demo so a search finds one person.
 */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 72], ['李', 70], ['张', 66], ['刘', 54], ['陈', 48], ['杨', 32], ['黄', 25], ['赵', 22], ['吴', 21], ['周', 21],
  ['徐', 16], ['孙', 16], ['马', 15], ['朱', 14], ['胡', 13], ['郭', 12], ['何', 12], ['高', 11], ['林', 11], ['罗', 11],
  ['郑', 10], ['梁', 10], ['谢', 8], ['宋', 8], ['唐', 8], ['许', 7], ['韩', 7], ['冯', 7], ['邓', 7], ['曹', 7],
  ['彭', 6], ['曾', 6], ['肖', 6], ['田', 6], ['董', 6], ['袁', 5], ['潘', 5], ['于', 5], ['蒋', 5], ['蔡', 5],
  ['余', 5], ['杜', 5], ['叶', 5], ['程', 5], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4], ['任', 4], ['沈', 4],
  ['姚', 4], ['卢', 4], ['姜', 4], ['崔', 3], ['钟', 3], ['谭', 3], ['陆', 3], ['汪', 3], ['范', 3], ['金', 3],
  ['石', 3], ['廖', 3], ['贾', 3], ['夏', 3], ['韦', 3], ['付', 3], ['方', 3], ['白', 3], ['邹', 3], ['孟', 3],
  ['熊', 3], ['秦', 3], ['邱', 3], ['江', 3], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2], ['侯', 2],
  ['龙', 2], ['史', 2], ['陶', 2], ['黎', 2], ['贺', 2], ['顾', 2], ['毛', 2], ['郝', 2], ['龚', 2], ['邵', 2],
  ['万', 2], ['钱', 2], ['严', 2], ['覃', 1], ['武', 2], ['戴', 2], ['莫', 1], ['孔', 1], ['向', 1], ['汤', 1],
  ['欧阳', 1], ['上官', 0.3], ['诸葛', 0.2],
];

const MALE = [
  '建', '国', '军', '伟', '强', '磊', '勇', '斌', '涛', '明', '华', '海', '波', '峰', '辉', '鹏', '杰', '浩', '宇', '刚',
  '志', '文', '立', '新', '平', '东', '晓', '永', '俊', '德', '振', '兴', '凯', '毅', '健', '锋', '成', '荣', '林', '光',
  '春', '瑞', '庆', '宏', '亮', '力', '超', '飞', '坤', '雄', '晨', '博', '昊', '哲', '睿', '思', '远', '嘉', '子', '泽',
  '卫', '红', '跃', '先', '学', '云', '天', '家', '金', '长', '正', '松', '江', '良', '胜', '贵', '祥', '武', '斌', '彬',
];
const FEMALE = [
  '芳', '丽', '敏', '静', '艳', '娟', '霞', '玲', '红', '燕', '婷', '雪', '慧', '莉', '琳', '晶', '颖', '洁', '倩', '萍',
  '华', '英', '梅', '兰', '琴', '秀', '云', '月', '春', '小', '晓', '雅', '欣', '佳', '文', '丹', '凤', '瑶', '璐', '蕾',
  '珊', '薇', '露', '悦', '嘉', '思', '怡', '婧', '媛', '菲', '蓉', '岚', '虹', '亚', '冬', '桂', '翠', '爱', '丽', '素',
];

/** Names a generator must never produce (real national leaders and the like). */
const AVOID = new Set(['李强', '王毅', '李希', '蔡奇', '王伟', '张伟', '李伟', '王芳', '李娜', '张敏', '王静', '刘洋']);

export class NameGenerator {
  private readonly used = new Set<string>();

  /** Marks a name as taken (e.g. a fixed name written by hand). */
  reserve(name: string): void {
    this.used.add(name);
  }

  has(name: string): boolean {
    return this.used.has(name);
  }

  /** A new unique name. `surname` forces the family name (e.g. 马 for many 回族 members). */
  next(rng: Random, gender: '男' | '女', surname?: string): string {
    const pool = gender === '男' ? MALE : FEMALE;
    for (let attempt = 0; ; attempt++) {
      const family = surname ?? rng.weighted(SURNAMES);
      const twoChars = attempt > 20 || rng.chance(family.length > 1 ? 0.5 : 0.72);
      let given = rng.pick(pool);
      if (twoChars) {
        let second = rng.pick(pool);
        while (second === given && !rng.chance(0.05)) second = rng.pick(pool);
        given += second;
      }
      const name = family + given;
      if (this.used.has(name) || AVOID.has(name)) continue;
      this.used.add(name);
      return name;
    }
  }
}
