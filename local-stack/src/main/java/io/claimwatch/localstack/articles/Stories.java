package io.claimwatch.localstack.articles;

import static io.claimwatch.localstack.articles.Cast.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invents the events the generated articles report on. Each kind uses a predicate the claim canonicalizer knows
 * (buy, resign, meet, open, arrest, launch, sell, fire) so that articles about one story share a claim id.
 */
final class Stories {
  private Stories() {
  }

  static List<Story> invent(int count, Random random) {
    List<Story> stories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      stories.add(story(i % 8, random));
    }
    return stories;
  }

  private static Story story(int kind, Random random) {
    String company = Cast.company(random);
    String other = Cast.company(random);
    while (other.equals(company)) {
      other = Cast.company(random);
    }
    String person = Cast.person(random);
    String official = Cast.person(random);
    String role = pick(Cast.ROLES, random) + " " + company;
    String city = pick(Cast.CITIES, random);
    int millions = 50 + random.nextInt(900);
    return switch (kind) {
      case 0 -> new Story(company + " will buy " + other + " for " + millions + " million euros",
          company + " in talks to buy " + other, company, official, role, city);
      case 1 -> new Story(person + " will resign as chief executive of " + company,
          company + " chief " + person + " set to step down", company, official, role, city);
      case 2 -> new Story(person + " met the board of " + other + " in " + city + " last week",
          "Secret meeting between " + person + " and " + other + " reported", company, official, role, city);
      case 3 -> new Story(company + " will open a new plant in " + city + " next year",
          company + " picks " + city + " for new plant", company, official, role, city);
      case 4 -> new Story("police arrested a senior manager of " + company + " in " + city,
          "Manager of " + company + " detained in " + city, company, official, role, city);
      case 5 -> new Story(company + " launched a rival payment service in " + city,
          company + " moves into payments", company, official, role, city);
      case 6 -> new Story(company + " sold its stake in " + other,
          company + " exits " + other, company, official, role, city);
      default -> new Story(company + " fired " + person + " after an internal audit",
          company + " dismisses " + person, company, official, role, city);
    };
  }
}
