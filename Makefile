.PHONY: demo test bench
demo:
	bin/demo
test:
	bin/test
bench:
	bin/bench
