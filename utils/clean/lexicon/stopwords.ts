/**
 * Function words of the languages Sift reads, left out when comparing what two texts are about.
 * Short on purpose: only words frequent enough to make unrelated headlines look related.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    // en
    'the a an and or but of to in on at for with from by as is are was were be been being has have had do does did',
    'this that these those it its he she they them his her their we our you your i me my not no so if than then',
    'there here what which who whom whose when where why how all any some more most other such only own same too very',
    'can will would should could may might must just also into over after before about up down out off again new says said',
    'one two three first last year years time day days week weeks us mr ms mrs how why after amid',
    // de
    'der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren wird werden hat haben',
    'mit von zu zum zur im in am an auf für aus bei nach über unter vor wie als auch noch nur sich sie er es wir ihr',
    // fr
    'le la les un une des du de et ou mais ne pas est sont été être avec pour par sur dans au aux ce cette ces il elle',
    'ils elles nous vous qui que quoi dont où plus se sa son ses leur leurs',
    // es, it, pt
    'el los las unos unas y o pero no es son fue ser con para por en al lo su sus del que como más este esta',
    'il lo gli della delle dei di da e ma non è sono con per tra fra nel nella che come più questo questa',
    'os as um uma do da dos das e ou mas não é são com para por em no na que como mais este esta',
    // ru
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от меня',
    'еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там',
    'потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе',
    'под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда',
  ]
    .join(' ')
    .split(' '),
);
