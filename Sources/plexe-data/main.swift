print("plexe-data")
