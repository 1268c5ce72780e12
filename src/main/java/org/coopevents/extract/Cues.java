package org.coopevents.extract;

import java.util.List;
import org.coopevents.knowledge.PhraseMatcher;

/**
 * The grammar cues of the extractor, in English and Russian, as lexicon patterns (a token ending
 * in {@code *} is a prefix). These are words of the grammar of reporting (verbs, tense markers,
 * negative contexts), not facts: facts live in the knowledge data files.
 */
final class Cues {
  private Cues() {}

  private static final Object[][] TABLE = {
      {Cue.VISIT_NOUN, "visit", "visits", "визит*", "state visit", "official visit", "working visit",
          // a visit still weighed (also FUTURE): "a possible visit", "возможный визит"
          "possible visit", "potential visit", "likely visit", "probable visit", "возможн* визит*"},
      // the host receives the guest: "Putin hosted Raisi", "принял президента Ирана", "was welcomed by"
      {Cue.HOST_VERB, "hosted", "hosts", "will host", "would host", "to host", "received", "receives",
          "to welcome", "will welcome", "would welcome",
          "welcomed", "welcomes", "greeted", "greets", "will receive", "would receive", "принял", "приняла", "принимает", "примет",
          "встретил", "встретила", "встречал", "встречала", "приветствовал*",
          // South Asian and Gulf papers: "accorded a warm welcome to", "rolled out the red carpet for"
          "accorded a warm welcome to", "accorded a ceremonial welcome to", "accorded a rousing welcome to",
          "accorded a red carpet welcome to", "rolled out the red carpet for", "rolls out the red carpet for"},
      {Cue.VISIT_VERB, "visited", "visiting", "reached", "reaches", "посетил*", "посетит", "посетят", "посещени*", "посетить",
          "will visit", "to visit", "pay a visit to", "paid a visit to", "pays a visit to", "paying a visit to",
          // a visit a source says may happen (also FUTURE): "Modi may visit Russia in July"
          "may visit", "might visit", "could visit", "may also visit", "could also visit", "may pay", "could pay"},
      {Cue.ARRIVE, "arrived", "arrives", "arrive", "arriving", "landed", "landing in", "touching down", "arrival", "прибыти*", "прибыл*", "прибудет",
          "прибудут", "прибывает", "прибывш*", "прибывающ*", "travelled", "traveled", "flew",
          "flew into", "flown", "отправил*", "прилетевш*", "прилетел*", "прилетит",
          // movement verbs whose destination follows to/в: "will travel to", "приехал в Киев"
          "travel", "travels", "travelling", "traveling", "heading to", "heads to", "headed to",
          "head to", "come to", "comes to", "came to", "coming to", "went to", "go to", "goes to",
          "fly to", "flies to", "flying to", "may travel", "might travel", "could travel",
          // the next leg of a tour: "will fly on to Mongolia", "travels on to Peru"
          "fly on to", "flies on to", "flying on to", "flew on to", "travel on to", "travels on to",
          "travelling on to", "traveling on to", "travelled on to", "traveled on to",
          "lands", "touched down", "приехал*", "приедет", "приедут",
          "приезжает", "приезд*", "едет", "едут", "поедет", "поедут", "отправляется",
          "отправятся", "отправиться", "отправится", "вылетел*", "вылетит", "вылетает",
          "направится", "направляется", "направился", "прилетает", "побывал*", "побывает",
          "приехать", "прилететь", "прибыть", "поехать", "съездить",
          // departures towards the host: "left for Washington" (see DEPART in visit_grammar_words.tsv)
          "left for", "leaves for", "leave for", "leaving for", "departed for", "departs for",
          "depart for", "departing for", "set off for", "sets off for", "set out for", "sets out for",
          // Indian English: "emplaned for Abu Dhabi"
          "emplaned for", "emplanes for", "emplane for", "emplaning for", "enplaned for",
          // "отбыл в Казахстан с государственным визитом" (Kazakh and Uzbek press services)
          "отбыл", "отбыла", "отбыли", "отбудет", "отбудут", "отбывает", "отбывают"},
      {Cue.STAY, "be in", "будет в", "будут в", "находиться в", "was in", "were in", "is in", "are in", "stayed in", "был в", "была в", "были в",
          "находится в", "находятся в",
          "находился в", "находилась в", "находились в", "пробыл в", "пробыла в"},
      {Cue.TRIP, "trip", "tour", "поездк*", "турне", "possible trip", "возможн* поездк*",
          // "during his three-day stay in Hanoi": a noun only after a possessive or a length (STAY_NOUN)
          "stay"},
      {Cue.TALKS, "talks", "negotiations", "переговор*", "held talks", "провел* переговоры",
          "проведут переговоры", "проведет переговоры", "met", "встретил*", "встреча", "встречи", "встрече", "встречу",
          "summit talks", "held a summit", "holds a summit", "hold a summit", "summit meeting", "meeting", "courtesy call", "courtesy calls"},
      {Cue.KIND_STATE, "state visit", "state visits", "государственн* визит*", "госвизит*"},
      {Cue.KIND_OFFICIAL, "official visit", "official visits", "официальн* визит*",
          "official friendly visit", "официальн* дружественн* визит*"},
      {Cue.KIND_WORKING, "working visit", "working visits", "рабоч* визит*",
          "official working visit", "официальн* рабоч* визит*"},
      {Cue.FUTURE, "will", "shall", "ll", "expected", "scheduled", "upcoming", "forthcoming",
          "plans", "planned", "planning", "set to", "is to", "are to", "next week", "next month",
          "is due", "due to", "will visit", "will pay", "to visit", "will arrive", "will travel",
          "to pay", "to travel", "посетит", "посетят", "прибудет", "прибудут", "предстоящ*",
          "состоится", "состоятся", "пройдет", "пройдут", "будет", "будут", "планиру*",
          "запланирован*",
          // "намерен", "намерение посетить": an intention is a plan; "о намерениях" is no tense but
          // the name of a document ("протокол о намерениях", "декларация о намерениях")
          "намерена", "намерено", "намерены", "намерение", "намерения", "намерений", "намерению",
          "намерением", "намерении", "намерениям", "намерениями", "ожидается", "ожидает*", "совершит", "совершат",
          "отправится", "отправятся", "прилетит", "проведут", "проведет", "встретится", "встретятся", "планах", "приедет", "приедут",
          "поедет", "поедут", "едет", "едут", "отправляется", "вылетит", "направится", "собирается",
          "собираются", "намерен", "intends", "intend", "intending", "preparing", "prepares",
          "getting ready", "heading to", "is heading", "is coming", "are coming", "would",
          "to welcome", "will welcome", "would welcome", "will receive", "would receive",
          "will host", "would host", "is set", "ahead of", "побывает", "примет", "станет", "станут",
          "готовится к", "готовятся к", "отбудет", "отбудут",
          // what a source says may happen lies ahead: "may visit", "could travel", "может посетить",
          // "визит может состояться" ("may" alone is also the month)
          "may visit", "might visit", "could visit", "may also visit", "could also visit", "may pay", "could pay",
          "may travel", "might travel", "could travel", "may be held", "could be held", "might be held",
          "may take place", "could take place", "may include", "could include", "may hold", "could hold",
          "possible visit", "potential visit", "likely visit", "probable visit", "возможн* визит*",
          "может", "могут", "не исключено", "possible trip", "возможн* поездк*",
          // "Блинкен собрался посетить Киев": set out to, so still ahead
          "собрался", "собралась", "собрались",
          "later this month", "later this week", "later this year", "later in the month", "later in the week"},
      {Cue.PAST, "arrived", "visited", "reached", "paid", "held", "began", "concluded", "wrapped up",
          "completed", "has arrived", "прибыл", "прибыла", "прибыли", "посетил", "посетила",
          "посетили", "находится", "находящ*", "находивш*", "начался", "начал*", "завершил*",
          "состоялся", "состоялись", "провели", "провел", "прошли", "прошел", "is on", "are on",
          "is paying", "was", "were", "приехал", "приехала", "приехали", "прилетел", "прилетела",
          "прилетели", "have come", "has come", "came", "lands", "landed", "touched down", "arrives",
          "побывал", "побывала", "стал", "стала", "стали", "были", "went to", "went", "flew", "travelled", "traveled",
          "departed", "hosted", "received", "welcomed", "greeted", "принял", "приняла",
          "встретил", "встретила", "встретился", "встретилась", "встретились", "встречал", "встречала", "продолжает", "продолжил*"},
      {Cue.CALL, "phone call", "telephone call", "phone conversation", "telephone conversation",
          "phone talks", "telephone talks", "by phone", "by telephone", "over the phone",
          "video call", "videoconference", "video conference", "video link", "телефонн* разговор*",
          "телефонн* переговор*", "по телефону", "видеосвяз*", "видеоконференц*", "онлайн"},
      {Cue.SIDELINES, "sidelines", "on the margins", "на полях", "в кулуарах"},
      {Cue.PAST_REFERENCE, "previous visit", "previous visits", "last visit", "earlier visit",
          "his visit in", "her visit in", "recalled", "recalling", "reminded",
          "прошл* визит*", "предыдущ* визит*", "прошлогодн*", "напомнил*", "вспомнил*",
          "ранее визит*", "last year", "last month", "last january", "last february",
          "last march", "last april", "last may", "last june", "last july", "last august",
          "last september", "last october", "last november", "last december", "прошлого года",
          "прошлом году", "прошлого месяца", "в прошлом", "last visited", "had visited", "has visited", "had paid",
          "has paid", "recent visit", "recent visits", "recent state visit", "recent official visit",
          "recent trip", "недавн* визит*", "недавн* государственн* визит*", "недавн* официальн* визит*",
          "недавн* поездк*", "has travelled", "have travelled", "had travelled", "has traveled",
          "have traveled", "had traveled", "has been to", "had been to", "last time", "в прошлый раз",
          "last met", "previously met", "had met", "first met", "last held talks",
          "в последний раз"},
      {Cue.INVITE, "invited", "invitation", "invite", "invites", "inviting", "пригласил*", "приглашает", "приглашени*", "пригласить",
          // a hope or a wish to visit is no visit, like an invitation
          "hopes to visit", "hoped to visit", "hope to visit", "would like to visit", "wishes to visit",
          "надежду посетить", "надеется посетить", "надеюсь посетить", "хотел бы посетить", "хотела бы посетить",
          "надежду приехать", "надеется приехать"},
      {Cue.AT_INVITATION, "at the invitation", "по приглашению", "on the invitation", "upon the invitation",
          "on an invitation", "upon an invitation", "on invitation", "at invitation", "over the invitation",
          "following an invitation", "following the invitation", "at the invite", "invited by", "accepted an invitation",
          "accepting an invitation", "accepted the invitation", "having accepted an invitation",
          "принял приглашение", "приняв приглашение", "принял* приглашение"},
      {Cue.DURATION_2, "two day", "2 day", "двухдневн*"},
      {Cue.DURATION_3, "three day", "3 day", "трехдневн*"},
      {Cue.DURATION_4, "four day", "4 day", "четырехдневн*"},
      {Cue.SIGN, "signed", "signing", "inked", "sign", "подписан*", "подписал*", "подписание",
          "подписания", "подписании", "подписали", "подписи", "were exchanged", "exchanged",
          "exchange of", "exchange", "adopted", "приняли", "принята", "принято", "обменялись",
          "обмен", "concluded", "inked", "заключили", "заключено", "заключены", "заключен",
          "заключена", "заключён"},
      {Cue.SIGN_FUTURE, "will sign", "would sign", "to sign", "to be signed", "will be signed", "would be signed", "are expected to sign",
          "expected to be signed", "plan to sign", "plans to sign", "set to sign", "ready to sign",
          // a signing a source says may happen: "could sign a memorandum during the visit"
          "could sign", "may sign", "might sign", "could also sign", "may also sign", "could ink", "may ink",
          "be signed", "подпишут", "подпишет", "будут подписаны", "будет подписан*",
          "планируется подписать", "предстоит подписать", "намерены подписать", "готовы подписать",
          "планируют подписать", "подписать", "к подписанию", "для подписания"},
      {Cue.SIGN_NEGATIVE, "ratif*", "ратифиц*", "ратификац*", "draft", "drafts", "проект*",
          "одобрил*", "одобрен*", "approved", "approves", "business forum", "бизнес форум*",
          "companies", "компани*", "contracts worth", "commercial", "коммерческ*", "decree",
          "указ*", "закон*", "law", "legislation", "parliament", "парламент*", "cabinet",
          "кабмин*", "previously signed", "signed earlier", "ранее подписанн*", "firms", "firm",
          "developer", "developers", "company", "carmaker", "club", "clubs", "enterprises",
          "banks", "bank", "university", "universities", "holding", "corporation", "chamber",
          "предприяти*", "клуб*", "палат*", "холдинг*", "банк*", "университет*", "завод*",
          "корпораци*", "фирм*", "застройщик*", "концерн*",
          "деловых кругов", "business circles", "business community", "businessmen",
          // the heads of companies sign contracts, not states: "Rosneft chief executive Igor Sechin"
          "chief executive", "chief executives", "ceo", "ceos", "managing director", "генеральн* директор*",
          "гендиректор*", "председател* правлени*"},
      {Cue.DOCUMENTS, "documents", "document", "документ*", "agreements", "соглашений",
          "bilateral documents", "papers", "accords", "deals", "pacts",
          // South Asian papers: "Bangladesh and Brunei signed four instruments"
          "instruments", "legal instruments",
          // one deal, pact or accord on a subject ("signed a deal on defence cooperation"); the
          // bare singular also means "a great deal", "to deal with"
          "a deal on", "a deal to", "a deal for", "a pact on", "an accord on"},
      {Cue.PACKAGE, "package", "пакет*"},
      {Cue.APPROXIMATE, "more than", "over", "about", "around", "nearly", "almost", "some",
          "dozens", "более", "свыше", "около", "порядка", "почти", "десятки", "несколько",
          "several", "a number of", "ряд"},
      {Cue.ANOTHER, "another", "also", "in addition", "additionally", "as well", "кроме того",
          "также", "еще один", "еще одна", "еще одно", "еще одним", "еще одной", "помимо этого", "a further", "one more"},
      {Cue.INCLUDE, "include", "includes", "included", "including", "among them", "among which",
          "among these", "such as", "в том числе", "среди них", "в их числе", "включает", "включают",
          "вошли", "входят", "в частности", "включая", "среди которых", "в числе которых", "list included", "list includes", "comprised", "comprises",
          // "Главным из них стал Договор о ...", "Chief among them was ...": the one singled out
          "главным из них", "главный из них", "главное из них", "главная из них", "основным из них",
          "ключевым из них", "важнейшим из них", "главными из них", "chief among them",
          "foremost among them", "key among them", "the most important of them", "the most important of these"},
      {Cue.CONCERNS, "concerns", "covers", "cover", "covering", "concern", "deal with", "deals with", "relates to", "is devoted to",
          "is aimed at", "aims at", "provides for", "envisages", "касается", "посвящен*",
          "направлен* на", "предусматривает", "регулирует"},
      {Cue.COOPERATION, "cooperat*", "co operation", "partnership", "partner", "partners", "joint",
          "jointly", "together", "interaction", "ties", "relations", "сотрудничеств*",
          "взаимодейств*", "партнерств*", "совместн*", "кооперац*", "связ*", "отношени*",
          "bilateral", "двусторонн*"},
      {Cue.AGREED, "agreed", "agree", "decided", "reached agreement", "reached an agreement",
          "agreement was reached", "договорил*", "условил*", "условлено", "решили",
          "договоренност*", "достигнут*", "committed"},
      {Cue.PROPOSED, "proposed", "proposes", "propose", "offered", "offers", "offer", "suggested",
          "proposal", "предложил*", "предлагает", "предлагают", "предложени*", "предложила"},
      {Cue.DISCUSSED, "discussed", "discuss", "discussing", "discussion", "discussions", "talks",
          "topics", "topic", "negotiations", "considered", "exchanged views", "обсудил*",
          "обсуждены", "обсуждени*", "обсуждал*", "переговор*", "рассмотрел*", "рассмотрены",
          "вопрос*", "тем*", "затронут*"},
      {Cue.COOP_CONTEXT, "ready", "expand", "expanding", "expansion", "increase", "increasing",
          "develop", "developing", "development", "boost", "strengthen", "strengthening",
          "projects", "project", "supply", "supplies", "potential", "attention", "prospects",
          "create", "creation", "build", "building", "establish", "promote", "deepen", "assistance",
          "готов*", "расширени*", "расширить", "увеличени*", "увеличить", "развити*", "развивать",
          "укреплени*", "проект*", "поставк*", "потенциал*", "внимание", "перспектив*",
          "создани*", "создать", "строительств*", "построить", "наращивани*", "нарастить",
          "углублени*", "содействи*", "помощь", "реализаци*", "focus", "priority", "priorities",
          "приоритет*", "направлени*", "goal", "target", "targets", "interested", "interest", "цель", "целью", "задач*", "довести",
          "заинтересован*", "интерес", "важност*", "важн*", "ready to", "willing", "намерен*"},
      {Cue.GREETING, "congratulated", "congratulate", "congratulations", "congratulatory",
          "wished", "wishes", "greetings", "condolences", "поздрав*", "пожелал*", "пожелани*",
          "соболезновани*", "telegram", "телеграмм*"},
      {Cue.DEPUTY, "deputy", "vice", "first deputy", "заместител*", "вице", "замглав*", "зам"},
      {Cue.DELEGATION, "delegation", "delegations", "делегаци*"},
      {Cue.PRONOUN, "he", "she", "он", "она"},
  };

  /**
   * Signing cues (owned with SigningFinder and its parts): the verbs and phrases real reports use
   * for a signing, the noun forms that need a past tense, and the words that mark a signing as
   * background or as not between states.
   */
  private static final Object[][] SIGNING = {
      {Cue.SIGN, "ink", "inks", "signs", "put their signatures to", "put our signatures to",
          "put his signature to", "put her signature to", "put their signatures on",
          "put their names to", "put pen to paper", "sealed", "поставили подписи", "поставил подпись",
          "поставили свои подписи", "скрепили подписями", "скрепили", "заключили", "подписаны", "подписано",
          // "put their signatures under the Agreement", "executed a protocol on ..." (a document is executed)
          "put their signatures under", "put his signature under", "put her signature under",
          "affixed their signatures to", "affixed their signatures on", "executed"},
      {Cue.SIGN_NOUN, "signing", "signing of", "signing ceremony", "подписание", "подписания",
          "подписании", "подписанием", "подписи", "exchange", "exchange of", "обмен",
          // "presided over a ceremony to sign documents", "witnessed the handover ceremony of 10
          // documents": the ceremony is a noun of signing, told in the tense of its verb
          "ceremony to sign", "handover ceremony", "handover of", "handing over ceremony",
          "hand over ceremony", "handing over of"},
      {Cue.SIGN_PAST, "witnessed", "oversaw", "presided over", "took place", "was held", "ended with", "concluded with",
          // the leaders at the ceremony: "attended the signing of seven MoUs" (Gulf and Levant agencies),
          // "graced the signing ceremony" (South Asian papers), "were present at the signing"
          "attended", "graced", "were present at", "was present at", "observed the", "supervised",
          "followed by", "followed", "preceded", "состоялось", "состоялась", "прошло", "прошла", "завершились", "стало",
          "завершилась", "завершились церемонией", "были", "было", "был", "была",
          // "сообщается о подписании декларации": a signing reported is done
          "сообщается", "сообщили", "сообщил", "сообщила", "сообщило"},
      {Cue.SIGN_BACKGROUND, "напомним", "напомню", "recall that", "as a reminder", "recently",
          "недавно", "ранее", "в свое время", "had signed", "had been signed", "anniversary",
          "годовщин*", "previously", "earlier",
          // a perfect infinitive describes the states ("the only two states to have signed
          // treaties with ..."), it does not report a signing
          "to have signed", "to have been signed", "to have concluded", "to have inked",
          // a tally of what a state has signed so far ("has already signed 27 agreements")
          "has already", "have already", "had already",
          // a signing of a past year or month told as the background of today's news
          "last year", "last month", "a year ago", "years ago", "прошлом году", "минувшем году",
          "прошлом месяце", "минувшем месяце", "год назад", "лет назад", "прошлогодн*"},
      {Cue.SUBNATIONAL, "governor", "governors", "gov", "mayor", "akim", "губернатор*", "аким*",
          "мэр*", "глава региона", "head of the region",
          // Uzbek mayors, and documents between regions or cities ("между Санкт-Петербургом и
          // Минской областью", "between the two cities"); "области" is also "in the field of"
          "хоким*", "областью", "краем", "между городами", "между регионами", "between the cities",
          "between the two cities", "between the regions", "sister city", "sister cities", "побратим*"},
      {Cue.DOCUMENTS, "заявления", "заявлений", "statements", "other agreements were",
          "other documents were", "the other agreements were", "the other documents were"},
      {Cue.INCLUDE, "other agreements were", "other documents were", "the other agreements were",
          "the other documents were", "also covered", "the others were"},
      // "The MoUs relate to agriculture, health and space": the topics of counted documents
      {Cue.CONCERNS, "relate to", "pertain to", "pertains to", "are related to", "is related to"},
      {Cue.MULTILATERAL, "trilateral", "multilateral", "трехсторонн*", "трёхсторонн*", "многосторонн*",
          "three ministers", "three leaders", "три министра", "трех министров", "three way"},
  };

  static PhraseMatcher<Cue> build() {
    PhraseMatcher.Builder<Cue> b = PhraseMatcher.builder();
    for (Object[] row : TABLE) {
      Cue cue = (Cue) row[0];
      for (int i = 1; i < row.length; i++) b.add((String) row[i], cue);
    }
    for (Object[] row : SIGNING) {
      Cue cue = (Cue) row[0];
      for (int i = 1; i < row.length; i++) {
        b.add((String) row[i], cue);
        if (cue == Cue.SIGN_NOUN) b.add((String) row[i], Cue.SIGN);
      }
    }
    // phrases that carry a second meaning: a kind of visit is also a visit
    for (Object[] row : TABLE) {
      Cue cue = (Cue) row[0];
      if (cue == Cue.KIND_STATE || cue == Cue.KIND_OFFICIAL || cue == Cue.KIND_WORKING) {
        for (int i = 1; i < row.length; i++) b.add((String) row[i], Cue.VISIT_NOUN);
      }
    }
    for (String s : List.of("will visit", "посетит", "посетят", "to visit", "would visit")) b.add(s, Cue.FUTURE);
    for (String s : List.of("will visit", "to visit", "would visit", "pay a visit to", "paid a visit to",
        "pays a visit to", "paying a visit to")) {
      b.add(s, Cue.VISIT_VERB);
    }
    for (String s : List.of("paid a visit to", "посетил", "посетила", "посетили", "visited")) b.add(s, Cue.PAST);
    for (String s : List.of("arrived", "прибыл", "прибыла", "прибыли")) b.add(s, Cue.PAST);
    for (String s : List.of("прибудет", "прибудут", "прилетит", "will arrive")) {
      b.add(s, Cue.FUTURE);
      b.add(s, Cue.ARRIVE);
    }
    for (String s : List.of("talks", "negotiations", "переговор*")) b.add(s, Cue.DISCUSSED);
    for (String s : List.of("held talks", "провел* переговоры")) {
      b.add(s, Cue.PAST);
      b.add(s, Cue.DISCUSSED);
      b.add(s, Cue.TALKS);
    }
    b.add("has arrived", Cue.ARRIVE);
    // a stay is told like an arrival, in the tense of its verb
    for (String s : List.of("be in", "будет в", "будут в", "находиться в")) b.add(s, Cue.ARRIVE);
    for (String s : List.of("будет в", "будут в")) b.add(s, Cue.FUTURE);
    for (String s : List.of("was in", "were in", "is in", "are in", "stayed in", "был в", "была в", "были в",
          "находится в", "находятся в",
        "находился в", "находилась в", "находились в", "пробыл в", "пробыла в")) {
      b.add(s, Cue.ARRIVE);
      b.add(s, Cue.PAST);
    }
    // "is expected in Moscow on Monday": a stay ahead, when a state or capital follows
    for (String s : List.of("expected in", "is expected in", "are expected in", "is due in", "are due in")) {
      b.add(s, Cue.STAY);
      b.add(s, Cue.ARRIVE);
      b.add(s, Cue.FUTURE);
    }
    // tense phrases that also move the guest: "will travel to Russia", "is coming to Kazakhstan"
    for (String s : List.of("will travel", "to travel", "is coming", "are coming", "is heading", "heading to")) {
      b.add(s, Cue.ARRIVE);
    }
    for (String s : List.of("проведут переговоры", "проведет переговоры")) {
      b.add(s, Cue.FUTURE);
      b.add(s, Cue.DISCUSSED);
    }
    for (String s : List.of("previously signed", "signed earlier")) b.add(s, Cue.SIGN);
    for (String s : List.of("will sign", "to sign", "подпишут", "подпишет", "планируется подписать",
        "предстоит подписать", "будут подписаны", "будет подписан*")) {
      b.add(s, Cue.FUTURE);
    }
    for (String s : List.of("projects", "project", "проект*")) b.add(s, Cue.COOP_CONTEXT);
    for (String s : List.of("joint", "совместн*")) b.add(s, Cue.COOP_CONTEXT);
    for (String s : List.of("agreements", "соглашений")) b.add(s, Cue.DOCUMENTS);
    return b.build();
  }
}
