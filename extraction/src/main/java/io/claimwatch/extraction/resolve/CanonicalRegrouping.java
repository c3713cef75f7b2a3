package io.claimwatch.extraction.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Re-clusters the mentions of a small neighbourhood of claims from scratch by batch average-link clustering, so that the grouping of a story's mentions depends on which mentions there are,
 * not on the order they came in. The result is mapped back onto the claim ids already published: each new group
 * keeps the id of the old claim it shares most mentions with (ties: the smaller id), an old claim no group keeps is
 * merged into the group holding most of its mentions, and a group with no old id gets a fresh one.
 */
final class CanonicalRegrouping {
  /** The new grouping: placements of every mention, and old claim ids to retire with the claim they go into. */
  record Plan(List<List<StoredMention>> groups, List<String> groupIds, Map<String, String> retired) {
  }

  private final ResolverSettings settings;


  CanonicalRegrouping(ResolverSettings settings) {
    this.settings = settings;
  }

  /**
   * Regroups {@code mentions} (currently spread over the claims they name) into a plan: average-link agglomerative
   * clustering (merge the two groups with the highest mean pairwise cosine while it reaches the assign threshold,
   * ties to the pair with the smaller mention ids; groups sharing an article only at the same-article threshold),
   * which depends only on the set of mentions.
   */
  Plan plan(List<StoredMention> mentions, IdSource ids) {
    List<StoredMention> canonical = new ArrayList<>(mentions);
    canonical.sort(Comparator.comparing(StoredMention::mentionId));
    List<List<StoredMention>> groups = new ArrayList<>();
    for (List<StoredMention> g : new AverageLink(atoms(canonical), settings.assignThreshold(),
        settings.sameArticleThreshold()).groups()) {
      g.sort(Comparator.comparing(StoredMention::mentionId));
      groups.add(g);
    }
    groups.sort(Comparator.comparing(g -> g.get(0).mentionId()));
    return assignIds(groups, ids);
  }

  /**
   * Mentions with identical vectors (echoes of one sentence share the cached embedding) as one weighted atom, in
   * order of their smallest mention id: average-link would merge them first anyway, and a group of identical points
   * links to everything else exactly as one of them does. Candidates are found by text (cheaper to hash than 384
   * floats); a mention joins a candidate only when the vectors are equal too.
   */
  private static List<List<StoredMention>> atoms(List<StoredMention> canonical) {
    Map<String, List<List<StoredMention>>> byText = new HashMap<>();
    List<List<StoredMention>> atoms = new ArrayList<>();
    for (StoredMention m : canonical) {
      List<List<StoredMention>> candidates = byText.computeIfAbsent(m.text(), k -> new ArrayList<>(1));
      List<StoredMention> atom = null;
      for (List<StoredMention> c : candidates) {
        if (Arrays.equals(c.get(0).vector(), m.vector())) {
          atom = c;
          break;
        }
      }
      if (atom == null) {
        atom = new ArrayList<>();
        candidates.add(atom);
        atoms.add(atom);
      }
      atom.add(m);
    }
    return atoms;
  }

  private static Plan assignIds(List<List<StoredMention>> groups, IdSource ids) {
    List<String> groupIds = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (List<StoredMention> g : groups) {
      TreeMap<String, Integer> overlap = new TreeMap<>();
      g.forEach(m -> overlap.merge(m.claimId(), 1, Integer::sum));
      String best = null;
      for (Map.Entry<String, Integer> e : overlap.entrySet()) {
        if (!taken.contains(e.getKey()) && (best == null || e.getValue() > overlap.get(best))) {
          best = e.getKey();
        }
      }
      String id = best != null ? best : ids.fresh(g.get(0).mentionId());
      taken.add(id);
      groupIds.add(id);
    }
    Map<String, String> retired = new TreeMap<>();
    Map<String, Map<String, Integer>> whereOldWent = new TreeMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (StoredMention m : groups.get(i)) {
        whereOldWent.computeIfAbsent(m.claimId(), k -> new TreeMap<>()).merge(groupIds.get(i), 1, Integer::sum);
      }
    }
    whereOldWent.forEach((old, targets) -> {
      if (!taken.contains(old)) {
        retired.put(old, targets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
      }
    });
    return new Plan(groups, groupIds, retired);
  }

  /** Where fresh claim ids come from (never an id that was ever used). */
  interface IdSource {
    String fresh(String openingMentionId);
  }
}
