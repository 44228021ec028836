"""1st, 2nd, 3rd, 11th, 21st: centuries in words, for exports and the app's labels."""


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
