import datetime as dt

from generator.store import ContentStore

DAY = dt.date(2022, 3, 22)


def test_writes_new_then_keeps_an_edited_file_byte_for_byte(tmp_path):
    store = ContentStore(tmp_path)
    path = store.file_for("a.txt", DAY, "A title")
    assert path.name == "2022-03-22-a-title.md"
    assert store.write(path, "generated v1\n", "a.txt").status == "created"
    store.save()
    edited = "generated v1\nmy correction \u2014 keep me\n".encode()
    path.write_bytes(edited)
    store = ContentStore(tmp_path)
    assert store.write(path, "generated v2\n", "a.txt").status == "kept-edited"
    assert path.read_bytes() == edited


def test_an_untouched_file_follows_the_generator(tmp_path):
    store = ContentStore(tmp_path)
    path = store.file_for("a.txt", DAY, "A title")
    store.write(path, "v1\n", "a.txt")
    store.save()
    store = ContentStore(tmp_path)
    assert store.write(path, "v1\n", "a.txt").status == "unchanged"
    assert store.write(path, "v2\n", "a.txt").status == "updated"
    assert path.read_text() == "v2\n"


def test_force_keeps_a_backup_of_the_edit(tmp_path):
    store = ContentStore(tmp_path)
    path = store.file_for("a.txt", DAY, "A title")
    store.write(path, "v1\n", "a.txt")
    path.write_text("edited\n")
    result = store.write(path, "v2\n", "a.txt", force=True)
    assert result.status == "forced"
    assert path.read_text() == "v2\n"
    assert open(result.backup).read() == "edited\n"


def test_a_file_the_generator_never_wrote_is_never_overwritten(tmp_path):
    (tmp_path / "2022-03-22-a-title.md").write_text("hand written\n")
    store = ContentStore(tmp_path)
    path = store.file_for("a.txt", DAY, "A title")
    assert path.name == "2022-03-22-a-title-2.md"  # a fresh name, not the editor's file
    assert (tmp_path / "2022-03-22-a-title.md").read_text() == "hand written\n"


def test_a_seed_keeps_its_file_when_its_title_changes(tmp_path):
    store = ContentStore(tmp_path)
    first = store.file_for("a.txt", DAY, "A title")
    store.write(first, "v1\n", "a.txt")
    assert store.file_for("a.txt", DAY, "A better title") == first


def test_a_damaged_manifest_protects_every_file(tmp_path):
    store = ContentStore(tmp_path)
    path = store.file_for("a.txt", DAY, "A title")
    store.write(path, "v1\n", "a.txt")
    store.save()
    (tmp_path / ".generated.json").write_text("{not json")
    assert ContentStore(tmp_path).write(path, "v2\n", "a.txt").status == "kept-edited"
