print(zip([1, 2], ["a", "b"]))
