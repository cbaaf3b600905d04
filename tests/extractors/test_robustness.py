"""The pipeline never raises on mangled text: annotated articles with lines shuffled, words dropped
and list markers, table bars, quotes and cue words thrown in at random (fixed seed)."""

import json
import random
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "eval"
INSERTS = ["\n", "\n\n", " | ", " – ", "• ", "1. ", ": ", ", ", '"', "(", ")", " masing-masing ", " Selain ",
           " kami ", " Baca juga: ", " setelah ", " namun ", " kini ", " rapor merah ", " Minus ", "\n- Nindya: ",
           " B ", " meraih A ", " Ketiga daerah itu ", " tahun ini ", " terbaik ke- ", " 3 (tiga) besar ",
           " Daerah-daerah itu ", " tujuh dari delapan daerah ", " sejak tahun 2016 hingga tahun anggaran 2023 ",
           " capaian Muba, mulai dari ", ' ," katanya. ', " lalu Piala Adipura pada 2018 ", " (22/7/2023) ",
           " di peringkat ini ", " (HAM) ", " predikat ‘BB’ ", " yakni; ", " Kabupaten 50 Kota ", " (Jateng) ",
           " dengan kategori A kualitas tertinggi ", " yang sama ", " peringkat kelima terendah ", " Untuk tahun 2018, ",
           " Kategori Nindya: 1. ", " sedangkan untuk ", " ada tiga pemda yang ", " yakni Tahun 2011 Swasti Saba kategori "
           "Padapa, ", " harus kita pertahankan ", " penyerahan ", " kepada ", " dari WDP ke WTP ", " anak-anak/remaja "]


def _mutated(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(1, 30)):
        i = rng.randrange(len(words))
        op = rng.random()
        if op < 0.4:
            words.insert(i, rng.choice(INSERTS))
        elif op < 0.6 and len(words) > 1:
            del words[i]
        elif op < 0.8:
            j = rng.randrange(len(words))
            words[i], words[j] = words[j], words[i]
        else:
            words = words[i:] + words[:i]
    return " ".join(words)


def test_mangled_articles_never_raise(nlp):
    texts = [json.loads(line)["text"] for path in sorted(EVAL.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(20261128)
    variants = [_mutated(rng.choice(texts), rng) for _ in range(150)] + ["", " ", "\n", "|", "1.", "Minus", '"kami"']
    for text in variants:
        doc = nlp(text)
        assert isinstance(doc._.facts, list), text[:80]
