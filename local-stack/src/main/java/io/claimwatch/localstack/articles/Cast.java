package io.claimwatch.localstack.articles;

import java.util.List;
import java.util.Random;

/**
 * The invented world the generated articles are about: people, companies, cities and outlets. All names are made up
 * for ClaimWatch's benchmarks; none refers to a real person or organization.
 */
final class Cast {
  static final List<String> FIRST_NAMES = List.of("Marta", "Tomas", "Ilse", "Jonas", "Aiko", "Pavel", "Lena", "Oskar",
      "Rhea", "Emil", "Sanne", "Dario", "Kaja", "Felix", "Noor", "Viktor", "Hanna", "Luca", "Ines", "Matteo");
  static final List<String> LAST_NAMES = List.of("Olsen", "Brandt", "Varga", "Lindqvist", "Marsh", "Kovac", "Dahl",
      "Reuter", "Solberg", "Achterberg", "Novak", "Falk", "Holm", "Strand", "Berger", "Moreau", "Sato", "Kallio");
  static final List<String> COMPANY_STEMS = List.of("Tarsa", "Orvik", "Veltra", "Norland", "Kestrel", "Halden",
      "Brisk", "Lumen", "Corvid", "Astera", "Fjell", "Marrow", "Quill", "Sorrel", "Tallis", "Wendel");
  static final List<String> COMPANY_KINDS = List.of("Freight", "Lines", "Energy", "Rail", "Foods", "Telecom",
      "Bank", "Pharma", "Steel", "Airways", "Media", "Robotics");
  static final List<String> CITIES = List.of("Estmark", "Harlow Bay", "Vennick", "Oldenport", "Kirrin", "Saltby",
      "Marnholm", "Ebrin", "Tollard", "Querrin");
  static final List<String> OUTLETS = List.of("Estmark Gazette", "Northern Courier", "Harbour Ledger",
      "Vennick Daily", "Coastline Wire", "Saltby Observer", "The Kirrin Post", "Meridian Business Review");
  static final List<String> ROLES = List.of("a spokeswoman for", "a spokesman for", "a spokesperson for",
      "the chief financial officer of", "the head of communications at");
  static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday");
  static final List<String> MONTHS = List.of("January", "March", "May", "July", "September", "November");

  private Cast() {
  }

  static String pick(List<String> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  static String person(Random random) {
    return pick(FIRST_NAMES, random) + " " + pick(LAST_NAMES, random);
  }

  static String company(Random random) {
    return pick(COMPANY_STEMS, random) + " " + pick(COMPANY_KINDS, random);
  }
}
