print("ifeval")
