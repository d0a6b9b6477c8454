"""The repetition checks compare only candidate pairs: never fewer than the pairs that qualify."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.quiz.lint.measure import candidate_pairs, jaccard, overlap_pairs, sharing_pairs

token_sets = st.lists(st.frozensets(st.sampled_from("abcdefghij"), max_size=8), max_size=12)


@settings(max_examples=300, deadline=None)
@given(sets=token_sets, threshold=st.sampled_from([0.2, 0.3, 0.4, 0.5, 0.7]))
def test_every_pair_that_reaches_the_threshold_is_a_candidate(sets, threshold):
    qualifying = {(i, j) for i, j in combinations(range(len(sets)), 2) if jaccard(sets[i], sets[j]) >= threshold}
    assert qualifying <= candidate_pairs(sets, threshold)


@settings(max_examples=300, deadline=None)
@given(sets=token_sets)
def test_sharing_pairs_are_exactly_the_pairs_with_a_common_token(sets):
    expected = {(i, j) for i, j in combinations(range(len(sets)), 2) if sets[i] & sets[j]}
    assert sharing_pairs(sets) == expected


@settings(max_examples=300, deadline=None)
@given(sets=token_sets, least=st.integers(min_value=1, max_value=4))
def test_every_pair_sharing_enough_tokens_is_an_overlap_candidate(sets, least):
    sharing = {(i, j) for i, j in combinations(range(len(sets)), 2) if len(sets[i] & sets[j]) >= least}
    assert sharing <= overlap_pairs(sets, least)


def test_a_pair_exactly_at_the_threshold_is_a_candidate():
    # The 7 shared tokens are the most frequent, so they come last in the larger set's order:
    # only a prefix of exactly len - ceil(t * len) + 1 tokens reaches one of them.
    first = frozenset("abcdefghij")
    second = frozenset("defghij")
    assert jaccard(first, second) == 0.7
    assert (0, 1) in candidate_pairs([first, second], 0.7)


def test_candidates_are_far_fewer_than_all_pairs_for_unrelated_texts():
    sets = [frozenset({f"t{n}", f"u{n}", f"v{n}"}) for n in range(200)]
    assert candidate_pairs(sets, 0.4) == set()
