package dev.planforge.render.view;

import dev.planforge.model.Account;
import java.util.ArrayList;
import java.util.List;

/** 大客户计划: one plan per strategic account. */
public record AccountsView(Head head, List<AccountPlan> accounts) implements SectionView {

  public record AccountPlan(
      Head head, List<TargetingView.Fact> facts, Rich history, List<String> challenges, List<String> goals,
      List<String> requirements, Rich valueProposition, List<String> actions, String review) {}

  static AccountsView of(List<Account> accounts, Ctx c) {
    String id = "accounts";
    Head head = c.section(id, "accounts");
    List<AccountPlan> plans = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      Account a = accounts.get(i);
      plans.add(new AccountPlan(
          new Head(id + "-" + (i + 1), "", c.customer(a.customer())),
          facts(a, c),
          c.rich(a.history()),
          a.challenges(),
          a.goals(),
          a.requirements(),
          c.rich(a.valueProposition()),
          c.names(a.actions(), c::task),
          a.review()));
    }
    return new AccountsView(head, plans);
  }

  private static List<TargetingView.Fact> facts(Account a, Ctx c) {
    List<TargetingView.Fact> facts = new ArrayList<>();
    add(facts, c.l.text("account_industry"), a.industry());
    add(facts, c.l.text("account_since"), a.since() == null ? null : String.valueOf(a.since()));
    if (a.contact() != null) {
      Account.Contact k = a.contact();
      String who = k.title() == null ? k.name() : k.name() + c.l.text("separator_comma") + k.title();
      add(facts, c.l.text("account_contact"), who);
      add(facts, c.l.text("account_email"), k.email());
      add(facts, c.l.text("account_phone"), k.phone());
    }
    add(facts, c.l.text("account_review"), a.review());
    return facts;
  }

  private static void add(List<TargetingView.Fact> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new TargetingView.Fact(label, value));
    }
  }

  @Override
  public List<Head> subs() {
    return accounts.stream().map(AccountPlan::head).toList();
  }
}
