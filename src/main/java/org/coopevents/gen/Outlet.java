package org.coopevents.gen;

import java.util.List;

/** A fictional outlet: name, domain (always {@code .example}), language and style. */
record Outlet(String name, String domain, String lang, boolean wire, boolean portal) {
  static final List<Outlet> EN = List.of(
      new Outlet("Meridian Wire", "meridian-wire.example", "en", true, false),
      new Outlet("Caravan Agency", "caravan-agency.example", "en", true, false),
      new Outlet("Orient Daily", "orient-daily.example", "en", false, true),
      new Outlet("Continental Post", "continental-post.example", "en", false, true),
      new Outlet("State Press Office", "press-office.example", "en", false, false),
      new Outlet("Foreign Affairs Bulletin", "fa-bulletin.example", "en", false, false));
  static final List<Outlet> RU = List.of(
      new Outlet("Вести Меридиана", "vesti-meridian.example", "ru", true, false),
      new Outlet("Караван-Информ", "karavan-inform.example", "ru", true, false),
      new Outlet("Восточный обозреватель", "vostok-obozrevatel.example", "ru", false, true),
      new Outlet("Деловой континент", "delovoy-kontinent.example", "ru", false, true),
      new Outlet("Пресс-служба", "press-sluzhba.example", "ru", false, false));
}
