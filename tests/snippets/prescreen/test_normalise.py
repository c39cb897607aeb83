from portal.snippets.prescreen.normalise import compact_key, normalise


def test_nfc_lowercase_thai_digits_and_invisible_characters():
    normalised = normalise("VOTE\u200b For ๐๘๑")
    assert normalised.text == "vote for 081"
    # Each character remembers where it was written.
    assert normalised.source[normalised.origin[5]] == "F"


def test_repeats_made_to_evade_collapse_but_real_doubles_survive():
    assert normalise("โง่ววววว").text == "โง่วว"
    assert normalise("โง่่่").text == "โง่"  # a doubled tone mark is never Thai
    assert normalise("ถนน พรรคพวก").text == "ถนน พรรคพวก"
    assert normalise("1111111111119").text == "1111111111119"  # digits may be an ID: never collapsed


def test_compact_form_drops_separators():
    compact, positions = normalise("เ-ล.ื อ ก").compact
    assert compact == "เลือก"
    assert positions[0] == 0 and positions[-1] == 8
    assert compact_key("Vote  For") == "votefor"
