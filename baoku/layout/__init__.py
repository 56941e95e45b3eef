"""Layout analysis of PDF pages: columns, headline groups, photos and captions, article regions, reading order.

``analyze`` (analyze.py) finds the page's furniture, headline groups, photos and columns and ties them into
article regions; ``order`` reads each region column by column and rebuilds paragraphs from indents;
``assemble`` turns the result into the page model; ``jumps`` links stories across the pages of one PDF.
"""
